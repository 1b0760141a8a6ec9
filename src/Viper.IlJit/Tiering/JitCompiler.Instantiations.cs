using Viper.Bytecode.Code;
using Viper.IlJit.Lowering;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;

namespace Viper.IlJit.Tiering;

/// <summary>Direct instantiations: the CALL sites whose callee global holds a class with a compiled <c>__init__</c>.</summary>
public sealed partial class JitCompiler
{
    /// <summary>
    /// For each CALL of a global that holds a class written in Python which the VM instantiates by
    /// calling its Python <c>__init__</c> (see <see cref="Instantiation.InlineInit"/>), taking exactly
    /// the call's arguments with the instance: the <c>__init__</c> compiled now, to be called
    /// directly while the callee is that class at the version seen.
    /// </summary>
    private void ResolveInstantiations(CodeObject code, PyDict globals, JitClosure self, DirectCalls calls)
    {
        foreach (var (pc, name, argCount) in GlobalCalleeSites.Find(code))
        {
            if (!globals.TryGetValue(name, out var value) || value.Ref is not PyType { IsBuiltin: false } type
                || Instantiation.InlineInit(type) is not { } init || !TakesExactly(init.Code, argCount + 1))
            {
                continue;
            }

            var callee = ReferenceEquals(init.Code, code) ? self : TryCompile(init.Code, init.Globals);
            if (callee?.Body is not { } body || !ReferenceEquals(callee.Globals, init.Globals)
                || (!ReferenceEquals(callee, self) && _inProgress.Contains(callee.Code)))
            {
                continue;
            }

            calls.ClassTargets.Add(new ClassTarget(type, type.Version, init));
            var closureIndex = ReferenceEquals(callee, self) ? -1 : AddCallee(calls, callee);
            calls.Instantiations[pc] = new TargetedCallee(calls.ClassTargets.Count - 1, body, closureIndex);
        }
    }
}
