using System.Runtime.CompilerServices;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>
/// <c>len()</c> of the commonest containers without a call: an exact list, str, tuple, dict or set
/// whose Python type is the builtin one. Tested by exact .NET type (see <see cref="ExactType"/>)
/// so that the precompiled VM pays one compare per candidate, not a cast helper call.
/// </summary>
public static class ContainerLength
{
    /// <summary>The length, or -1 when <paramref name="candidate"/> is anything else (a subclass may define <c>__len__</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long OfBuiltin(object? candidate)
    {
        if (ExactType.Is(candidate, out PyList? list))
        {
            return list.Type.IsBuiltin ? list.Count : -1;
        }

        if (ExactType.Is(candidate, out PyStr? str))
        {
            return str.Type.IsBuiltin ? str.Length : -1;
        }

        if (ExactType.Is(candidate, out PyTuple? tuple))
        {
            return tuple.Type.IsBuiltin ? tuple.Count : -1;
        }

        if (ExactType.Is(candidate, out PyDict? dict))
        {
            return dict.Type.IsBuiltin ? dict.Count : -1;
        }

        return ExactType.Is(candidate, out PySet? set) && set.Type.IsBuiltin ? set.Count : -1;
    }
}
