using System.Reflection.Emit;

namespace Viper.IlJit.Lowering;

/// <summary>Direct method calls: CALL_METHOD sites resolved to compiled Python methods (see <see cref="MethodTarget"/>).</summary>
internal sealed partial class FunctionLowering
{
    /// <summary>
    /// A guard per method the site found: the receiver an instance of the layout it was found on
    /// (no instance attribute hides the method) with its class at the version seen (nothing
    /// rebound in the class or its bases), then the method's body with the receiver and arguments
    /// as values. A receiver no guard takes falls through to the generic call.
    /// </summary>
    private void EmitDirectMethodCalls(int pc, List<TargetedCallee> methods, int callBase, int withReceiver, Emission.IlLocal dst, Emission.IlLabel done)
    {
        foreach (var method in methods)
        {
            var next = _il.DefineLabel();
            LoadValue(_splitting.Read(pc, callBase));
            LoadMethodTarget(method.TargetIndex);
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.IsMethodTarget)));
            _il.Branch(OpCodes.Brfalse, next);
            LoadCalleeClosure(method.ClosureIndex);
            _il.Ldarg(InterpreterArg);
            if (TakesFunction(_directCalls.MethodTargets[method.TargetIndex].Function.Code))
            {
                LoadMethodTarget(method.TargetIndex);
                _il.Ldfld(RuntimeMembers.MethodTargetFunction);
            }

            for (var i = 0; i < withReceiver; i++)
            {
                LoadValue(_splitting.Read(pc, callBase + i));
            }

            _il.Call(method.Body);
            EmitPendingRaiseCheck();
            _il.Stloc(dst);
            _il.Branch(OpCodes.Br, done);
            _il.MarkLabel(next);
        }
    }

    private void LoadMethodTarget(int index) => LoadClosureItem(RuntimeMembers.ClosureMethodTargets, index, typeof(MethodTarget));
}
