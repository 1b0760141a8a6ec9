using Viper.Bytecode.Instructions;

namespace Viper.IlJit.Lowering;

/// <summary>The match statement's instructions: each a call of the runtime's test, as the VM makes it.</summary>
internal sealed partial class FunctionLowering
{
    private void EmitPatternInstruction(int pc, Opcode opcode)
    {
        SetPc(pc);
        if (opcode == Opcode.MatchClass)
        {
            _il.Ldarg(ClosureArg);
        }

        LoadChecked(In(pc, 1), pc);
        if (opcode is Opcode.MatchKeys or Opcode.MatchClass or Opcode.CopyDictWithout)
        {
            LoadChecked(In(pc, 2), pc);
        }

        if (opcode == Opcode.MatchClass)
        {
            _il.LdcI4(Operand(pc, 3));
            _il.LdcI4(Operand(pc, 4));
        }

        _il.Call(RuntimeMembers.Helper(opcode switch
        {
            Opcode.MatchSequence => nameof(JitRuntime.MatchSequence),
            Opcode.MatchMapping => nameof(JitRuntime.MatchMapping),
            Opcode.GetLen => nameof(JitRuntime.PatternLength),
            Opcode.MatchKeys => nameof(JitRuntime.MatchKeys),
            Opcode.MatchClass => nameof(JitRuntime.MatchClass),
            _ => nameof(JitRuntime.CopyDictWithout),
        }));
        _il.Stloc(Boxed(Out(pc, 0)));
    }
}
