using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.IlJit.Lowering;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Tiering;

/// <summary>Polymorphic attribute loads: the LOAD_ATTR sites whose cache found instances of several layouts.</summary>
public sealed partial class JitCompiler
{
    /// <summary>Most layouts one method or attribute site is guarded on; receivers of others take the generic path.</summary>
    private const int MaxTargetsPerSite = 4;

    /// <summary>
    /// The LOAD_ATTR sites whose cache had read an instance attribute from instances of several
    /// layouts (a base class's method reading <c>self.x</c> on instances of its subclasses), which
    /// the one inline entry would keep missing between: up to four of them, each its own guard.
    /// </summary>
    private static void ResolveAttributeLoads(CodeObject code, JitClosure self, DirectCalls calls)
    {
        var words = code.Instructions;
        foreach (var pc in code.InstructionOffsets())
        {
            if ((Opcode)words[pc] != Opcode.LoadAttr)
            {
                continue;
            }

            var seen = Interpreter.CachedInstanceValues(self.State, words[pc + 4]);
            if (seen.Count < 2)
            {
                continue;
            }

            var targets = new List<int>();
            for (var i = 0; i < seen.Count && i < MaxTargetsPerSite; i++)
            {
                calls.AttributeTargets.Add(new AttributeTarget(seen[i].Layout, seen[i].Version, seen[i].Index));
                targets.Add(calls.AttributeTargets.Count - 1);
            }

            calls.AttributeSites[pc] = targets;
        }
    }
}
