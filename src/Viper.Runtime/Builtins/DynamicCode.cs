using Viper.Bytecode.Code;
using Viper.Bytecode.Compiler;
using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;
using Viper.Frontend.Parsing;
using Viper.Frontend.Scopes;
using Viper.Runtime.Errors;
using Viper.Runtime.Hosting;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary>
/// <c>compile</c>, <c>exec</c> and <c>eval</c>: source compiled at run time and run in the caller's namespaces
/// or in dicts given for them. The JIT refuses code that names <c>exec</c> or <c>eval</c>, so the caller is a VM frame.
/// </summary>
public static class DynamicCode
{
    public static (string Name, BuiltinBody Body)[] All =>
    [
        ("compile", Compile),
        ("exec", (vm, args) =>
        {
            Run(vm, args, "exec");
            return Value.None;
        }),
        ("eval", (vm, args) => Run(vm, args, "eval")),
    ];

    private static Value Compile(Interpreter vm, CallArgs args)
    {
        var values = ArgumentCheck.BindParameters(args, "compile", ["source", "filename", "mode", "flags", "dont_inherit", "optimize"]);
        var names = new[] { "source", "filename", "mode" };
        for (var i = 0; i < names.Length; i++)
        {
            if (!values[i].IsBound)
            {
                throw PyErrors.TypeError($"compile() missing required argument '{names[i]}' (pos {i + 1})");
            }
        }

        var fileName = values[1].Ref is PyStr file ? file.Value
            : BytesLike.TryGet(values[1], out var fileBytes) ? System.Text.Encoding.UTF8.GetString(fileBytes)
            : throw PyErrors.TypeError($"expected str, bytes or os.PathLike object, not {TypeNames.Of(values[1])}");
        var mode = values[2].Ref is PyStr modeText
            ? modeText.Value
            : throw PyErrors.TypeError($"compile() argument 'mode' must be str, not {TypeNames.Of(values[2])}");
        if (mode is not ("exec" or "eval" or "single"))
        {
            throw PyErrors.ValueError("compile() mode must be 'exec', 'eval' or 'single'");
        }

        if (values[0].Ref is PyCode existing)
        {
            return Value.FromObject(existing);
        }

        var source = SourceText(values[0], "compile");
        return Value.FromObject(new PyCode(CompileSource(vm, source, fileName, mode), mode == "eval"));
    }

    /// <summary><c>exec(source, globals=None, locals=None)</c> and <c>eval(...)</c>: the value of the code, None for statements.</summary>
    private static Value Run(Interpreter vm, CallArgs args, string function)
    {
        if (args.KeywordCount > 0)
        {
            throw PyErrors.TypeError($"{function}() takes no keyword arguments");
        }

        if (args.Count > 3)
        {
            throw PyErrors.TypeError($"{function} expected at most 3 arguments, got {args.Count}");
        }

        var values = ArgumentCheck.BindParameters(args, function, ["source", "globals", "locals"]);
        if (!values[0].IsBound)
        {
            throw PyErrors.TypeError($"{function} expected at least 1 argument, got 0");
        }

        var globals = values[1].IsBound && !values[1].IsNone
            ? values[1].Ref as PyDict ?? throw PyErrors.TypeError(function == "exec"
                ? $"exec() globals must be a dict, not {TypeNames.Of(values[1])}"
                : values[1].Type.TryLookup("__getitem__", out _) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict")
            : null;
        var locals = values[2].IsBound && !values[2].IsNone
            ? values[2].Ref as PyDict ?? throw PyErrors.TypeError(
                values[2].Type.TryLookup("__getitem__", out _) ? "locals must be a dict (other mappings are not supported yet)" : "locals must be a mapping")
            : null;
        if (globals is null)
        {
            globals = vm.CallerGlobals();
            locals ??= vm.CallerLocals();
        }

        locals ??= globals;
        if (!globals.ContainsKey(Value.FromString("__builtins__")))
        {
            globals.SetItem("__builtins__", Value.FromObject(vm.Runtime.Builtins));
        }

        CodeObject code;
        if (values[0].Ref is PyCode compiled)
        {
            code = compiled.Code;
        }
        else
        {
            var source = SourceText(values[0], function);
            code = CompileSource(vm, function == "eval" ? source.TrimStart(' ', '\t') : source, "<string>", function);
        }

        return vm.RunInNamespace(code, globals, locals);
    }

    private static string SourceText(Value source, string function)
    {
        var text = source.Ref switch
        {
            PyStr s => s.Value,
            PyBytes or PyByteArray => System.Text.Encoding.UTF8.GetString(BytesLike.Require(source)),
            _ => throw PyErrors.TypeError(function == "compile"
                ? "compile() arg 1 must be a string, bytes or AST object"
                : $"{function}() arg 1 must be a string, bytes or code object"),
        };
        return text.Contains('\0') ? throw PyErrors.New(ExceptionTypes.SyntaxError, "source code string cannot contain null bytes") : text;
    }

    /// <summary>Compiles for <c>exec</c> (statements), <c>eval</c> (one expression) or <c>single</c> (one interactive statement).</summary>
    private static CodeObject CompileSource(Interpreter vm, string source, string fileName, string mode)
    {
        var options = vm.Runtime.Options.Compiler with
        {
            NamesInNamespace = true,
            Interactive = mode == "single",
            Warn = SyntaxWarningPrinter.For(vm.Runtime, fileName),
        };
        try
        {
            if (mode == "eval")
            {
                var expression = Parser.ParseExpression(source);
                var module = new Module([new ExprStmt(expression) { Span = expression.Span }]) { Span = expression.Span };
                return PythonCompiler.CompileEval(module, ScopeAnalyzer.Analyze(module), fileName, options);
            }

            var statements = Parser.ParseModule(source, fileName);
            return PythonCompiler.CompileModule(statements, ScopeAnalyzer.Analyze(statements), fileName, options);
        }
        catch (PythonSyntaxError error)
        {
            throw SyntaxErrors.FromCompile(error, fileName, source);
        }
    }
}
