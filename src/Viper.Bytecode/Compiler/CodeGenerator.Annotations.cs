using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;
using Viper.Frontend.Scopes;
using Viper.Frontend.Text;
using Attribute = Viper.Frontend.Ast.Attribute;

namespace Viper.Bytecode.Compiler;

/// <summary>
/// Annotations, evaluated when CPython 3.11 evaluates them: a def's when the function is made, into its
/// <c>__annotations__</c>; a module's or class's annotated names into the body's <c>__annotations__</c>
/// dict; a function body's not at all. Under <c>from __future__ import annotations</c> each is stored as
/// its source text instead, and the annotation of a target that is not a plain name is not evaluated.
/// </summary>
internal sealed partial class CodeGenerator
{
    private const string AnnotationsName = "__annotations__";

    private bool AnnotationsAsText => _scopes.Future.Annotations;

    /// <summary>Module and class bodies keep their annotations; a function body's are never evaluated.</summary>
    private bool KeepsAnnotations => _scope.Kind is ScopeKind.Module or ScopeKind.Class;

    /// <summary>
    /// SETUP_ANNOTATIONS at the start of a module or class body with an annotated assignment anywhere
    /// in its own statements (not in nested functions or classes), as CPython's compiler places it.
    /// </summary>
    private void EmitAnnotationsSetup(IReadOnlyList<Stmt> body)
    {
        if (body.Any(ContainsAnnotation))
        {
            Emit(Opcode.SetupAnnotations);
        }
    }

    private static bool ContainsAnnotation(Stmt statement) => statement switch
    {
        AnnAssign => true,
        If s => s.Body.Any(ContainsAnnotation) || s.OrElse.Any(ContainsAnnotation),
        While s => s.Body.Any(ContainsAnnotation) || s.OrElse.Any(ContainsAnnotation),
        For s => s.Body.Any(ContainsAnnotation) || s.OrElse.Any(ContainsAnnotation),
        With s => s.Body.Any(ContainsAnnotation),
        Try s => s.Body.Any(ContainsAnnotation) || s.Handlers.Any(h => h.Body.Any(ContainsAnnotation))
            || s.OrElse.Any(ContainsAnnotation) || s.FinalBody.Any(ContainsAnnotation),
        Match s => s.Cases.Any(c => c.Body.Any(ContainsAnnotation)),
        _ => false,
    };

    /// <summary>
    /// <c>target: annotation = value</c>: the value is assigned first; then, in a module or class body,
    /// a plain name's annotation is stored under the name and any other target's is evaluated and
    /// dropped. Without a value, an attribute's object and a subscript's object and key are still
    /// evaluated, as CPython checks them.
    /// </summary>
    private void CompileAnnotatedAssignment(AnnAssign statement)
    {
        var mark = TempMark;
        if (statement.Value is not null)
        {
            StoreTo(statement.Target, CompileExpr(statement.Value));
            ReleaseTo(mark);
        }
        else
        {
            EvaluateAnnotatedTarget(statement.Target);
        }

        if (!KeepsAnnotations || (AnnotationsAsText && statement is not { Simple: true, Target: Name }))
        {
            return;
        }

        using var _ = At(statement);
        var annotation = AllocTemp();
        CompileAnnotation(statement.Annotation, annotation);
        if (statement is { Simple: true, Target: Name name })
        {
            var annotations = CompileExpr(new Name(AnnotationsName) { Span = statement.Span });
            var key = AllocTemp();
            Emit(Opcode.LoadConst, key, Constant(name.Id));
            Emit(Opcode.SetItem, annotations, key, annotation);
        }

        ReleaseTo(mark);
    }

    private void EvaluateAnnotatedTarget(Expr target)
    {
        var mark = TempMark;
        switch (target)
        {
            case Attribute attribute:
                CompileExpr(attribute.Value);
                break;
            case Subscript subscript:
                CompileExpr(subscript.Value);
                CompileExpr(subscript.Index);
                break;
        }

        ReleaseTo(mark);
    }

    /// <summary>Whether a def has any annotation, so its function gets an <c>__annotations__</c> dict when made.</summary>
    private static bool HasAnnotations(Arguments args, Expr? returns) =>
        returns is not null || AnnotatedParameters(args).Any(parameter => parameter.Annotation is not null);

    /// <summary>
    /// Builds a def's annotations dict into <paramref name="dict"/>, in CPython's order: the ordinary
    /// parameters, then the positional-only ones, <c>*args</c>, the keyword-only ones, <c>**kwargs</c>,
    /// and <c>return</c>.
    /// </summary>
    private void CompileFunctionAnnotations(Arguments args, Expr? returns, int dict)
    {
        var first = TempMark;
        var count = 0;
        foreach (var parameter in AnnotatedParameters(args))
        {
            if (parameter.Annotation is { } annotation)
            {
                Emit(Opcode.LoadConst, AllocTemp(), Constant(parameter.Name));
                CompileAnnotation(annotation, AllocTemp());
                count++;
            }
        }

        if (returns is not null)
        {
            Emit(Opcode.LoadConst, AllocTemp(), Constant("return"));
            CompileAnnotation(returns, AllocTemp());
            count++;
        }

        Emit(Opcode.BuildDict, dict, first, 2 * count);
        ReleaseTo(first);
    }

    private void CompileAnnotation(Expr annotation, int into)
    {
        if (AnnotationsAsText)
        {
            Emit(Opcode.LoadConst, into, Constant(Unparser.Annotation(annotation)));
        }
        else
        {
            CompileExpr(annotation, into);
        }
    }

    private static IEnumerable<Arg> AnnotatedParameters(Arguments args)
    {
        foreach (var parameter in args.Args)
        {
            yield return parameter;
        }

        foreach (var parameter in args.PosOnlyArgs)
        {
            yield return parameter;
        }

        if (args.VarArg is not null)
        {
            yield return args.VarArg;
        }

        foreach (var parameter in args.KwOnlyArgs)
        {
            yield return parameter;
        }

        if (args.KwArg is not null)
        {
            yield return args.KwArg;
        }
    }
}
