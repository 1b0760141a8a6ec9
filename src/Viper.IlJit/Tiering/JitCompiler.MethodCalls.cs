using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.IlJit.Lowering;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Tiering;

/// <summary>Direct method calls: the CALL_METHOD sites whose cache found compiled Python methods.</summary>
public sealed partial class JitCompiler
{
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
            var callees = new List<TargetedCallee>();
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
                callees.Add(new TargetedCallee(calls.MethodTargets.Count - 1, body, closureIndex));
            }

            if (callees.Count > 0)
            {
                calls.MethodSites[pc] = callees;
            }
        }
    }
}
