using System.Runtime.CompilerServices;
using Viper.Runtime.Errors;

namespace Viper.Runtime.Operations;

/// <summary>
/// .NET cannot catch a stack overflow, so C# code that recurses on Python data (repr of nested
/// lists, comparisons, calls from builtins back into Python) checks the remaining stack first and
/// raises RecursionError the way CPython does when its C stack runs deep.
/// </summary>
public static class StackGuard
{
    public static void Ensure(string context)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw PyErrors.RecursionError($"maximum recursion depth exceeded {context}");
        }
    }
}
