using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;

namespace Viper.Frontend.Scopes;

/// <summary>
/// The <c>from __future__ import ...</c> statements a module starts with (after its docstring), read as
/// CPython's future.c reads them: the features they turn on, and the last line one may stand on. Any
/// later one is an error the compiler reports where it finds it.
/// </summary>
public sealed record FutureFeatures(bool Annotations, int LastLine)
{
    public const string ModuleName = "__future__";

    public static FutureFeatures None { get; } = new(false, 0);

    /// <summary>Features that Python 3.11 still accepts; all but annotations are on anyway, or change nothing Viper does.</summary>
    private static readonly HashSet<string> KnownFeatures =
    [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ];

    public static FutureFeatures Read(Module module)
    {
        var annotations = false;
        var lastLine = 0;
        var foundDocstring = false;
        foreach (var statement in module.Body)
        {
            if (statement is ImportFrom { Module: ModuleName } future)
            {
                foreach (var alias in future.Names)
                {
                    annotations |= Feature(future, alias.Name) == "annotations";
                }

                lastLine = future.Span.Line;
            }
            else if (statement is ExprStmt { Value: StrLiteral } && !foundDocstring)
            {
                foundDocstring = true;
            }
            else
            {
                break;
            }
        }

        return new FutureFeatures(annotations, lastLine);
    }

    private static string Feature(ImportFrom statement, string name)
    {
        if (KnownFeatures.Contains(name))
        {
            return name;
        }

        var message = name == "braces" ? "not a chance" : $"future feature {name} is not defined";
        throw new PythonSyntaxError(message, statement.Span.Line, statement.Span.Column + 1);
    }
}
