using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;
using Viper.Frontend.Scopes;

namespace Viper.Bytecode.Compiler;

internal sealed partial class CodeGenerator
{
    private bool IsClassBody => _scope.Kind == ScopeKind.Class;

    /// <summary>Names bound at this level live in the frame's namespace dict: a class body, or the top level of exec'd code.</summary>
    private bool UsesNamespace => IsClassBody || (_scope.Kind == ScopeKind.Module && _options.NamesInNamespace);

    /// <summary>CPython's <c>__qualname__</c> of a def or class nested in this scope.</summary>
    private string NestedQualifiedName(string name) => _scope.Kind switch
    {
        ScopeKind.Module => name,
        ScopeKind.Class or ScopeKind.Comprehension => $"{_qualifiedName}.{name}",
        _ => $"{_qualifiedName}.<locals>.{name}",
    };

    /// <summary>
    /// <c>class C(bases): body</c> compiles as CPython's does: the body becomes a function that runs in
    /// a fresh namespace, and <c>__build_class__(body, "C", *bases, **keywords)</c> makes the class.
    /// </summary>
    private void CompileClassDef(ClassDef statement)
    {
        // An array, not a List<int>: ReadyToRun has no List<int> code to share with the framework.
        var decorators = new int[statement.Decorators.Count];
        for (var i = 0; i < decorators.Length; i++)
        {
            decorators[i] = CompileExprToTemp(statement.Decorators[i]);
        }

        var cls = AllocTemp();
        var callBase = AllocTemp();
        Emit(Opcode.LoadGlobal, callBase, NameIndex("__build_class__"), NewCache());

        var generator = new CodeGenerator(_scopes, _scopes[statement], _fileName, statement.Name, NestedQualifiedName(statement.Name), statement.Span.Line, _options);
        generator.CompileClassBody(statement.Body);
        var code = generator.Finish(argCount: 0, positionalOnly: 0, keywordOnly: 0, CodeFlags.None);
        EmitMakeFunction(statement, AllocTemp(), code, TempMark, 0);
        Emit(Opcode.LoadConst, AllocTemp(), Constant(statement.Name));
        if (statement.Bases.Any(b => b is Starred) || statement.Keywords.Any(k => k.Arg is null))
        {
            CompileUnpackingClassCall(statement, cls, callBase);
        }
        else
        {
            CompilePlainClassCall(statement, cls, callBase);
        }

        ReleaseTo(callBase);
        for (var i = decorators.Length - 1; i >= 0; i--)
        {
            ApplyDecorator(decorators[i], cls);
        }

        StoreName(new Name(statement.BoundName) { Span = statement.Span }, cls);
    }

    private void CompilePlainClassCall(ClassDef statement, int cls, int callBase)
    {
        foreach (var baseClass in statement.Bases)
        {
            CompileExpr(baseClass, AllocTemp());
        }

        foreach (var keyword in statement.Keywords)
        {
            CompileExpr(keyword.Value, AllocTemp());
        }

        var count = 3 + statement.Bases.Count + statement.Keywords.Count;
        if (statement.Keywords.Count > 0)
        {
            var names = new ConstantTuple([.. statement.Keywords.Select(k => (object?)k.Arg)]);
            Emit(Opcode.CallKw, cls, callBase, count, Constant(names));
        }
        else
        {
            Emit(Opcode.Call, cls, callBase, count);
        }
    }

    /// <summary>
    /// <c>class C(*bases, **keywords)</c>: as any call with unpacking, the positional arguments (body
    /// function, name, bases) are gathered in a list and the keywords in a dict for CALL_EX.
    /// </summary>
    private void CompileUnpackingClassCall(ClassDef statement, int cls, int callBase)
    {
        using var _ = At(statement);
        var positional = AllocTemp();
        Emit(Opcode.BuildList, positional, callBase + 1, 2);
        AppendUnpackedItems(statement.Bases, positional, isSet: false);
        var keywords = AllocTemp();
        CompileKeywordDict(statement.Keywords, keywords, callBase);
        Emit(Opcode.CallEx, cls, callBase, positional, keywords);
    }

    private void CompileClassBody(IReadOnlyList<Stmt> body)
    {
        EmitClosurePrologue();
        if (body.Count > 0 && body[0] is ExprStmt { Value: StrLiteral docstring })
        {
            using var _ = At(body[0]);
            var doc = AllocTemp();
            Emit(Opcode.LoadConst, doc, Constant(docstring.Value));
            Emit(Opcode.StoreName, doc, NameIndex("__doc__"));
            ReleaseTo(doc);
        }

        EmitAnnotationsSetup(body);
        CompileBlock(body);
        EmitImplicitReturn(body);
    }
}
