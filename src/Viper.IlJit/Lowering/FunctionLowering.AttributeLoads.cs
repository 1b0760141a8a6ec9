using System.Reflection.Emit;
using Viper.IlJit.Emission;

namespace Viper.IlJit.Lowering;

/// <summary>LOAD_ATTR at a site that had read instances of several layouts.</summary>
internal sealed partial class FunctionLowering
{
    /// <summary>
    /// For a site with attribute targets (see <see cref="AttributeTarget"/>): a guard per layout,
    /// each reading the attribute from the instance's values at that layout's position into the
    /// result and going to the returned label (which the caller marks after the generic load);
    /// an owner no guard takes falls through to the generic load. Null for other sites.
    /// </summary>
    private IlLabel? EmitTargetedAttributeLoads(int pc)
    {
        if (!_directCalls.AttributeSites.TryGetValue(pc, out var targets))
        {
            return null;
        }

        var loaded = _il.DefineLabel();
        var dst = Boxed(Out(pc, 0));
        foreach (var target in targets)
        {
            LoadValue(In(pc, 1));
            LoadClosureItem(RuntimeMembers.ClosureAttributeTargets, target, typeof(AttributeTarget));
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.LoadTargetedAttribute)));
            _il.Stloc(dst);
            _il.Ldloca(dst);
            _il.Ldfld(RuntimeMembers.ValueRef);
            _il.Branch(OpCodes.Brtrue, loaded);
        }

        return loaded;
    }
}
