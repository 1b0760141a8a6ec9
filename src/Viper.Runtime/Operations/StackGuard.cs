using System.Runtime.CompilerServices;
using Viper.Runtime.Errors;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Operations;

/// <summary>
/// C# code that recurses on Python data (repr of nested lists, comparisons) counts against the
/// recursion limit together with the Python frames, as CPython's C recursion does, so
/// <c>str(x)</c> of a list nested 1000 deep raises RecursionError at the same depth. The stack
/// probe stays as a second line: .NET cannot catch a stack overflow.
/// </summary>
public static class StackGuard
{
    [ThreadStatic]
    private static int _nativeDepth;

    [ThreadStatic]
    private static Interpreter? _interpreter;

    /// <summary>Makes <paramref name="interpreter"/>'s frames and limit the ones counted on this thread.</summary>
    public static void Attach(Interpreter interpreter) => _interpreter = interpreter;

    /// <summary>Enters one level of native recursion; pair with <see cref="Leave"/> in a finally.</summary>
    public static void Enter(string context)
    {
        var pythonDepth = _interpreter?.Depth ?? 0;
        var limit = _interpreter?.RecursionLimit ?? int.MaxValue;
        if (_nativeDepth + pythonDepth >= limit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw PyErrors.RecursionError($"maximum recursion depth exceeded {context}");
        }

        _nativeDepth++;
    }

    public static void Leave() => _nativeDepth--;

    /// <summary>Fails where <see cref="Enter"/> would at the recursion limit, for a level that recurses no further (so it needs neither the stack probe nor <see cref="Leave"/>).</summary>
    public static void CheckDepth(string context)
    {
        var interpreter = _interpreter;
        if (interpreter is not null && _nativeDepth + interpreter.Depth >= interpreter.RecursionLimit)
        {
            throw PyErrors.RecursionError($"maximum recursion depth exceeded {context}");
        }
    }
}
