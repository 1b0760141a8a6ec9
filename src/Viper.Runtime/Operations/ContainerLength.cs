using System.Runtime.CompilerServices;
using Viper.Runtime.Objects;

namespace Viper.Runtime.Operations;

/// <summary>
/// <c>len()</c> of the commonest containers without a call: an exact list, str, tuple, dict or set
/// whose Python type is the builtin one. Tested by exact .NET type (see <see cref="Values.ExactType"/>)
/// so that the precompiled VM pays one compare per candidate, not a cast helper call.
/// </summary>
public static class ContainerLength
{
    /// <summary>The length, or -1 when <paramref name="candidate"/> is anything else (a subclass may define <c>__len__</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long OfBuiltin(object? candidate)
    {
        if (candidate is null)
        {
            return -1;
        }

        // Each test is written out as GetType() == typeof(...): that shape compiles to a compare of the
        // type handle, where a Type held in a local is a real System.Type object compared by call.
        if (candidate.GetType() == typeof(PyList))
        {
            var list = Unsafe.As<PyList>(candidate);
            return list.Type.IsBuiltin ? list.Count : -1;
        }

        if (candidate.GetType() == typeof(PyStr))
        {
            var str = Unsafe.As<PyStr>(candidate);
            return str.Type.IsBuiltin ? str.Length : -1;
        }

        if (candidate.GetType() == typeof(PyTuple))
        {
            var tuple = Unsafe.As<PyTuple>(candidate);
            return tuple.Type.IsBuiltin ? tuple.Count : -1;
        }

        if (candidate.GetType() == typeof(PyDict))
        {
            var dict = Unsafe.As<PyDict>(candidate);
            return dict.Type.IsBuiltin ? dict.Count : -1;
        }

        if (candidate.GetType() == typeof(PySet))
        {
            var set = Unsafe.As<PySet>(candidate);
            return set.Type.IsBuiltin ? set.Count : -1;
        }

        return -1;
    }
}
