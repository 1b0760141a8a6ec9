using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Viper.Runtime.Values;

/// <summary>
/// Type tests of sealed classes for the precompiled hot paths. ReadyToRun code compiles
/// <c>o is PyList</c> into a call to the runtime's cast helper, even for a sealed class, and when
/// the test fails the helper walks the object's whole class chain; comparing the object's exact
/// type with the class's handle compiles to one load and one compare.
/// </summary>
public static class ExactType
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is<T>(object? candidate, [NotNullWhen(true)] out T? result)
        where T : class
    {
        if (candidate is not null && candidate.GetType() == typeof(T))
        {
            result = Unsafe.As<T>(candidate);
            return true;
        }

        result = null;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is<T>(object? candidate)
        where T : class => candidate is not null && candidate.GetType() == typeof(T);
}
