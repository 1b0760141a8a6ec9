using System.Reflection.Emit;
using Viper.Runtime.Objects;

namespace Viper.IlJit.Lowering;

/// <summary>Direct instantiations: CALL sites resolved to a class with a compiled <c>__init__</c> (see <see cref="ClassTarget"/>).</summary>
internal sealed partial class FunctionLowering
{
    /// <summary>
    /// While the callee is the class the call was resolved to, at the version seen: a new instance
    /// of it, passed to its <c>__init__</c>'s body with the arguments as values, and the instance
    /// the result once the <c>__init__</c> returned None. Any other callee falls through to the generic call.
    /// </summary>
    private void EmitDirectInstantiation(int pc, TargetedCallee instantiation, int callBase, int argCount, Emission.IlLocal dst, Emission.IlLabel done)
    {
        var generic = _il.DefineLabel();
        _il.Ldloca(Boxed(_splitting.Read(pc, callBase)));
        _il.Ldfld(RuntimeMembers.ValueRef);
        LoadClassTarget(instantiation.TargetIndex);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.IsClassTarget)));
        _il.Branch(OpCodes.Brfalse, generic);
        _instance ??= _il.DeclareLocal(typeof(PyInstance), "instance");
        LoadClassTarget(instantiation.TargetIndex);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.NewInstance)));
        _il.Stloc(_instance);
        LoadCalleeClosure(instantiation.ClosureIndex);
        _il.Ldarg(InterpreterArg);
        if (TakesFunction(_directCalls.ClassTargets[instantiation.TargetIndex].Init.Code))
        {
            LoadClassTarget(instantiation.TargetIndex);
            _il.Ldfld(RuntimeMembers.ClassTargetInit);
        }

        _il.Ldloc(_instance);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.InstanceValue)));
        for (var i = 0; i < argCount; i++)
        {
            LoadValue(_splitting.Read(pc, callBase + 1 + i));
        }

        _il.Call(instantiation.Body);
        EmitPendingRaiseCheck();
        _il.Ldloc(_instance);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.Initialized)));
        _il.Stloc(dst);
        _il.Branch(OpCodes.Br, done);
        _il.MarkLabel(generic);
    }

    private void LoadClassTarget(int index) => LoadClosureItem(RuntimeMembers.ClosureClassTargets, index, typeof(ClassTarget));
}
