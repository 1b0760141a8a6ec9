using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;

namespace Viper.IlJit.Lowering;

/// <summary>
/// The CALL sites of a code object whose callee a LOAD_GLOBAL read, with the global's name and the
/// call's positional argument count: where direct calls of Python functions and direct calls of
/// builtins both start. After a branch nothing is known; otherwise only the slots an instruction
/// writes stop holding their global. A wrong guess only costs a failed guard at run time: every
/// such call checks the callee it actually gets.
/// </summary>
internal static class GlobalCalleeSites
{
    public static IEnumerable<(int Pc, string Name, int ArgCount)> Find(CodeObject code)
    {
        var words = code.Instructions;
        var globalInSlot = new Dictionary<int, string>();
        foreach (var pc in code.InstructionOffsets())
        {
            var opcode = (Opcode)words[pc];
            if (opcode == Opcode.LoadGlobal)
            {
                globalInSlot[words[pc + 1]] = code.Names[words[pc + 2]];
                continue;
            }

            if (opcode == Opcode.Call && globalInSlot.TryGetValue(words[pc + 2], out var name))
            {
                yield return (pc, name, words[pc + 3] - 1);
            }

            if (InstructionSet.Info(opcode).Flow != FlowKind.Next)
            {
                globalInSlot.Clear();
            }
            else
            {
                foreach (var slot in FloatSlots.Writes(words, pc))
                {
                    globalInSlot.Remove(slot);
                }
            }
        }
    }
}
