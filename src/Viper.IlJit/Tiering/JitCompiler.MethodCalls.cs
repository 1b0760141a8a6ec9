using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.IlJit.Lowering;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Tiering;

/// <summary>
/// Direct method calls (the CALL_METHOD sites whose cache found compiled Python methods) and
/// polymorphic attribute loads (the LOAD_ATTR sites whose cache found instances of several layouts).
/// </summary>
public sealed partial class JitCompiler
{
    /// <summary>Most layouts one site is guarded on; receivers of others take the generic path.</summary>
    private const int MaxTargetsPerSite = 4;

    /// <summary>
    /// For each CALL_METHOD site, the Python methods its inline cache found on instances of classes
    /// written in Python, taking exactly the call's arguments with the receiver: compiled now (a
    /// method running at a site of hot code is hot too) and called directly while the receiver's
    /// layout and class version are the ones the cache saw.
    /// </summary>
    private void ResolveMethodCalls(CodeObject code, JitClosure self, DirectCalls calls)
    {
        var words = code.Instructions;
        foreach (var pc in code.InstructionOffsets())
        {
            if ((Opcode)words[pc] != Opcode.CallMethod)
            {
                continue;
            }

            var withReceiver = words[pc + 3];
            var callees = new List<MethodCallee>();
            foreach (var (layout, version, method) in Interpreter.CachedPythonMethods(self.State, words[pc + 5]))
            {
                if (callees.Count == MaxTargetsPerSite || !TakesExactly(method.Code, withReceiver))
                {
                    continue;
                }

                var callee = ReferenceEquals(method.Code, code) ? self : TryCompile(method.Code, method.Globals);
                if (callee?.Body is not { } body || !ReferenceEquals(callee.Globals, method.Globals)
                    || (!ReferenceEquals(callee, self) && _inProgress.Contains(callee.Code)))
                {
                    continue;
                }

                calls.MethodTargets.Add(new MethodTarget(layout, version, method));
                var closureIndex = ReferenceEquals(callee, self) ? -1 : AddCallee(calls, callee);
                callees.Add(new MethodCallee(calls.MethodTargets.Count - 1, body, closureIndex));
            }

            if (callees.Count > 0)
            {
                calls.MethodSites[pc] = callees;
            }
        }
    }

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
            foreach (var (layout, version, index) in seen.Take(MaxTargetsPerSite))
            {
                calls.AttributeTargets.Add(new AttributeTarget(layout, version, index));
                targets.Add(calls.AttributeTargets.Count - 1);
            }

            calls.AttributeSites[pc] = targets;
        }
    }
}
