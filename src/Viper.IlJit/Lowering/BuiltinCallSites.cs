using System.Reflection;
using Viper.Bytecode.Code;
using Viper.Runtime.Builtins;
using Viper.Runtime.Objects;

namespace Viper.IlJit.Lowering;

/// <summary>
/// The CALL sites of one code object whose callee comes from a LOAD_GLOBAL of a name that held, at
/// compile time, a builtin with a fixed-arity body for the call's one or two positional arguments
/// (<c>isinstance(v, int)</c>, <c>len(s)</c>, <c>min(a, b)</c>, ...). Such a site tests the callee
/// for that builtin's <see cref="BuiltinIntrinsic"/> and calls its <see cref="FixedArityBuiltins"/>
/// method directly, which .NET may inline, instead of the generic call's type switches and a
/// delegate. The test is on the callee the call actually gets, so nothing else needs guarding: a
/// builtin shadowed by a global, rebound in <c>builtins</c> or a name guessed wrong here only sends
/// the call to the generic path.
/// </summary>
internal static class BuiltinCallSites
{
    /// <summary>By CALL offset, the builtin the site is expected to call and the method to call it through.</summary>
    public static Dictionary<int, Site> Find(CodeObject code, PyDict globals, PyDict? builtins)
    {
        var sites = new Dictionary<int, Site>();
        foreach (var (pc, name, argCount) in GlobalCalleeSites.Find(code))
        {
            if (Lookup(name, globals, builtins) is { } builtin && MethodFor(builtin, argCount) is { } method)
            {
                sites[pc] = new Site(builtin.Intrinsic, method);
            }
        }

        return sites;
    }

    private static PyBuiltinFunction? Lookup(string name, PyDict globals, PyDict? builtins)
    {
        if (globals.TryGetValue(name, out var global))
        {
            return global.Ref as PyBuiltinFunction;
        }

        return builtins is not null && builtins.TryGetValue(name, out var builtin) ? builtin.Ref as PyBuiltinFunction : null;
    }

    /// <summary>
    /// The method for a call of <paramref name="builtin"/> with <paramref name="argCount"/> positional
    /// arguments, if it has a body for them. A builtin that consumes a generator argument item by
    /// item is left to the generic call with one argument, which hands it compiled generators.
    /// </summary>
    private static MethodInfo? MethodFor(PyBuiltinFunction builtin, int argCount)
    {
        if (argCount == 1 ? builtin.OneArgument is null || builtin.ItemConsumer is not null : argCount != 2 || builtin.TwoArguments is null)
        {
            return null;
        }

        var name = builtin.Intrinsic switch
        {
            BuiltinIntrinsic.Len => nameof(FixedArityBuiltins.Len),
            BuiltinIntrinsic.Abs => nameof(FixedArityBuiltins.Abs),
            BuiltinIntrinsic.Ord => nameof(FixedArityBuiltins.Ord),
            BuiltinIntrinsic.Chr => nameof(FixedArityBuiltins.Chr),
            BuiltinIntrinsic.Hash => nameof(FixedArityBuiltins.Hash),
            BuiltinIntrinsic.Callable => nameof(FixedArityBuiltins.Callable),
            BuiltinIntrinsic.Min => nameof(FixedArityBuiltins.Min),
            BuiltinIntrinsic.Max => nameof(FixedArityBuiltins.Max),
            BuiltinIntrinsic.IsInstance => nameof(FixedArityBuiltins.IsInstance),
            BuiltinIntrinsic.IsSubclass => nameof(FixedArityBuiltins.IsSubclass),
            BuiltinIntrinsic.HasAttr => nameof(FixedArityBuiltins.HasAttr),
            BuiltinIntrinsic.GetAttr => nameof(FixedArityBuiltins.GetAttr),
            _ => null,
        };
        var method = name is null ? null : typeof(FixedArityBuiltins).GetMethod(name, BindingFlags.Public | BindingFlags.Static);
        return method?.GetParameters().Length == argCount + 1 ? method : null;
    }

    /// <summary>The builtin a site is expected to call, and the method to call it through.</summary>
    public sealed record Site(BuiltinIntrinsic Intrinsic, MethodInfo Method);
}
