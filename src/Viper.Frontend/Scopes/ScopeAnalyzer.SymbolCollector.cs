using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;
using Attribute = Viper.Frontend.Ast.Attribute;

namespace Viper.Frontend.Scopes;

public static partial class ScopeAnalyzer
{
    /// <summary>
    /// The first pass: walks the tree, opening a scope for each module, function, lambda, class and
    /// comprehension, and records which names each scope uses, binds and declares.
    /// </summary>
    private sealed class SymbolCollector
    {
        // CPython's symbol table pass allows 3000 nested statements and expressions (three times
        // the default recursion limit); deeper trees fail with RecursionError there, and here, so
        // the later recursive passes never run deeper than that.
        private const int MaxDepth = 3000;

        private readonly Dictionary<Scope, ScopeInfo> _infos = new(ReferenceEqualityComparer.Instance);
        private ScopeInfo _current = null!;
        private int _depth;

        public ScopeInfo CollectModule(Module module)
        {
            _current = new ScopeInfo(new Scope(ScopeKind.Module, "<module>", null, module));
            _infos.Add(_current.Scope, _current);
            VisitBody(module.Body);
            return _current;
        }

        private ScopeInfo Open(ScopeKind kind, string name, Node node)
        {
            var info = new ScopeInfo(new Scope(kind, name, _current.Scope, node));
            _current.Children.Add(info);
            _infos.Add(info.Scope, info);
            return info;
        }

        private void InScope(ScopeInfo info, Action visit)
        {
            var saved = _current;
            _current = info;
            visit();
            _current = saved;
        }

        private void Bind(string name) => _current.Add(name, SymbolFlags.Assigned);

        private void Use(string name)
        {
            _current.Add(name, SymbolFlags.Used);

            // Zero-argument super() finds the class through the implicit __class__ cell.
            if (name == "super" && _current.Scope.IsFunctionLike)
            {
                _current.Add("__class__", SymbolFlags.Used);
            }
        }

        private void VisitBody(IEnumerable<Stmt> body)
        {
            foreach (var statement in body)
            {
                VisitStatement(statement);
            }
        }

        private void VisitAll(IEnumerable<Expr?> expressions)
        {
            foreach (var expression in expressions)
            {
                Visit(expression);
            }
        }

        private void VisitStatement(Stmt statement)
        {
            Enter();
            VisitStatementUnguarded(statement);
            _depth--;
        }

        private void Enter()
        {
            if (++_depth > MaxDepth)
            {
                throw CompilationLimitError.CompilerRecursion();
            }
        }

        private void VisitStatementUnguarded(Stmt statement)
        {
            switch (statement)
            {
                case ExprStmt s:
                    Visit(s.Value);
                    break;
                case Assign s:
                    Visit(s.Value);
                    foreach (var element in s.Targets)
                    {
                        VisitTarget(element);
                    }

                    break;
                case AugAssign s:
                    Visit(s.Value);
                    Visit(s.Target);
                    VisitTarget(s.Target);
                    break;
                case AnnAssign s:
                    Visit(s.Annotation);
                    Visit(s.Value);
                    if (s.Simple && s.Target is Name name)
                    {
                        Bind(name.Id);
                    }
                    else
                    {
                        Visit(s.Target);
                    }

                    break;
                case Return s:
                    Visit(s.Value);
                    break;
                case Delete s:
                    foreach (var element in s.Targets)
                    {
                        VisitTarget(element);
                    }

                    break;
                case If s:
                    Visit(s.Test);
                    VisitBody(s.Body);
                    VisitBody(s.OrElse);
                    break;
                case While s:
                    Visit(s.Test);
                    VisitBody(s.Body);
                    VisitBody(s.OrElse);
                    break;
                case For s:
                    Visit(s.Iter);
                    VisitTarget(s.Target);
                    VisitBody(s.Body);
                    VisitBody(s.OrElse);
                    break;
                case With s:
                    foreach (var item in s.Items)
                    {
                        Visit(item.Context);
                        if (item.OptionalVars is { } vars)
                        {
                            VisitTarget(vars);
                        }
                    }

                    VisitBody(s.Body);
                    break;
                case Try s:
                    VisitBody(s.Body);
                    foreach (var handler in s.Handlers)
                    {
                        Visit(handler.Type);
                        if (handler.Name is { } handlerName)
                        {
                            Bind(handlerName);
                        }

                        VisitBody(handler.Body);
                    }

                    VisitBody(s.OrElse);
                    VisitBody(s.FinalBody);
                    break;
                case Raise s:
                    Visit(s.Exception);
                    Visit(s.Cause);
                    break;
                case Assert s:
                    Visit(s.Test);
                    Visit(s.Message);
                    break;
                case Import s:
                    foreach (var alias in s.Names)
                    {
                        Bind(alias.AsName ?? alias.Name.Split('.')[0]);
                    }

                    break;
                case ImportFrom s:
                    foreach (var alias in s.Names)
                    {
                        if (alias.Name == "*")
                        {
                            if (_current.Scope.Kind != ScopeKind.Module)
                            {
                                throw Error(s.Span, "import * only allowed at module level");
                            }
                        }
                        else
                        {
                            Bind(alias.AsName ?? alias.Name);
                        }
                    }

                    break;
                case Global s:
                    foreach (var declaredName in s.Names)
                    {
                        Declare(declaredName, s.Span, SymbolFlags.DeclaredGlobal, "global");
                    }

                    break;
                case Nonlocal s:
                    if (_current.Scope.Kind == ScopeKind.Module)
                    {
                        throw Error(s.Span, "nonlocal declaration not allowed at module level");
                    }

                    foreach (var declaredName in s.Names)
                    {
                        Declare(declaredName, s.Span, SymbolFlags.DeclaredNonlocal, "nonlocal");
                    }

                    break;
                case FunctionDef s:
                    VisitFunction(s);
                    break;
                case ClassDef s:
                    VisitClass(s);
                    break;
                case Match s:
                    Visit(s.Subject);
                    foreach (var matchCase in s.Cases)
                    {
                        VisitPattern(matchCase.Pattern);
                        Visit(matchCase.Guard);
                        VisitBody(matchCase.Body);
                    }

                    break;
            }
        }

        /// <summary>
        /// A global or nonlocal declaration must come before any other use of the name in the scope
        /// (reference §7.12), and cannot name a parameter.
        /// </summary>
        private void Declare(string name, SourceSpan span, SymbolFlags declaration, string keyword)
        {
            var flags = _current.FlagsOf(name);
            if ((flags & SymbolFlags.Parameter) != 0)
            {
                throw Error(span, $"name '{name}' is parameter and {keyword}");
            }

            var other = declaration == SymbolFlags.DeclaredGlobal ? SymbolFlags.DeclaredNonlocal : SymbolFlags.DeclaredGlobal;
            if ((flags & other) != 0)
            {
                throw Error(span, $"name '{name}' is nonlocal and global");
            }

            if ((flags & SymbolFlags.Used) != 0)
            {
                throw Error(span, $"name '{name}' is used prior to {keyword} declaration");
            }

            if ((flags & SymbolFlags.Assigned) != 0)
            {
                throw Error(span, $"name '{name}' is assigned to before {keyword} declaration");
            }

            var use = _current.Add(name, declaration);
            use.DeclaredAt ??= span;
        }

        private void VisitFunction(FunctionDef function)
        {
            VisitAll(function.Decorators);
            VisitDefaults(function.Args);
            VisitAnnotations(function.Args);
            Visit(function.Returns);
            Bind(function.BoundName);
            var info = Open(ScopeKind.Function, function.Name, function);
            info.Scope.IsCoroutine = function.IsAsync;
            InScope(info, () =>
            {
                AddParameters(function.Args);
                VisitBody(function.Body);
            });
        }

        private void VisitClass(ClassDef classDef)
        {
            VisitAll(classDef.Decorators);
            VisitAll(classDef.Bases);
            VisitAll(classDef.Keywords.Select(k => k.Value));
            Bind(classDef.BoundName);
            var info = Open(ScopeKind.Class, classDef.Name, classDef);
            InScope(info, () => VisitBody(classDef.Body));
        }

        private void VisitDefaults(Arguments arguments)
        {
            VisitAll(arguments.Defaults);
            VisitAll(arguments.KwDefaults);
        }

        private void VisitAnnotations(Arguments arguments)
        {
            foreach (var parameter in AllParameters(arguments))
            {
                Visit(parameter.Annotation);
            }
        }

        /// <summary>Parameters in CPython's slot order: positional, keyword-only, then <c>*args</c> and <c>**kwargs</c>.</summary>
        private static IEnumerable<Arg> AllParameters(Arguments arguments)
        {
            var all = arguments.PosOnlyArgs.Concat(arguments.Args).Concat(arguments.KwOnlyArgs);
            if (arguments.VarArg is { } varArg)
            {
                all = all.Append(varArg);
            }

            return arguments.KwArg is { } kwArg ? all.Append(kwArg) : all;
        }

        private void AddParameters(Arguments arguments)
        {
            foreach (var parameter in AllParameters(arguments))
            {
                _current.Add(parameter.Name, SymbolFlags.Parameter);
                _current.Parameters.Add(parameter.Name);
            }
        }

        private void VisitTarget(Expr target)
        {
            switch (target)
            {
                case Name name:
                    Bind(name.Id);
                    break;
                case TupleExpr tuple:
                    foreach (var element in tuple.Elements)
                    {
                        VisitTarget(element);
                    }

                    break;
                case ListExpr list:
                    foreach (var element in list.Elements)
                    {
                        VisitTarget(element);
                    }

                    break;
                case Starred starred:
                    VisitTarget(starred.Value);
                    break;
                default:
                    Visit(target);
                    break;
            }
        }

        private void Visit(Expr? expression)
        {
            if (expression is null)
            {
                return;
            }

            Enter();
            VisitUnguarded(expression);
            _depth--;
        }

        private void VisitUnguarded(Expr expression)
        {
            switch (expression)
            {
                case Name name:
                    Use(name.Id);
                    break;
                case BinOp e:
                    Visit(e.Left);
                    Visit(e.Right);
                    break;
                case UnaryOp e:
                    Visit(e.Operand);
                    break;
                case BoolOp e:
                    VisitAll(e.Values);
                    break;
                case Compare e:
                    Visit(e.Left);
                    VisitAll(e.Comparators);
                    break;
                case Call e:
                    Visit(e.Func);
                    VisitAll(e.Args);
                    VisitAll(e.Keywords.Select(k => k.Value));
                    break;
                case Attribute e:
                    Visit(e.Value);
                    break;
                case Subscript e:
                    Visit(e.Value);
                    Visit(e.Index);
                    break;
                case Slice e:
                    Visit(e.Lower);
                    Visit(e.Upper);
                    Visit(e.Step);
                    break;
                case Starred e:
                    Visit(e.Value);
                    break;
                case ListExpr e:
                    VisitAll(e.Elements);
                    break;
                case TupleExpr e:
                    VisitAll(e.Elements);
                    break;
                case SetExpr e:
                    VisitAll(e.Elements);
                    break;
                case DictExpr e:
                    VisitAll(e.Keys);
                    VisitAll(e.Values);
                    break;
                case ListComp e:
                    VisitComprehension(e, "<listcomp>", e.Generators, [e.Element]);
                    break;
                case SetComp e:
                    VisitComprehension(e, "<setcomp>", e.Generators, [e.Element]);
                    break;
                case DictComp e:
                    VisitComprehension(e, "<dictcomp>", e.Generators, [e.Key, e.Value]);
                    break;
                case GeneratorExp e:
                    VisitComprehension(e, "<genexpr>", e.Generators, [e.Element]);
                    break;
                case IfExp e:
                    Visit(e.Test);
                    Visit(e.Body);
                    Visit(e.OrElse);
                    break;
                case Lambda e:
                    VisitDefaults(e.Args);
                    var info = Open(ScopeKind.Lambda, "<lambda>", e);
                    InScope(info, () =>
                    {
                        AddParameters(e.Args);
                        Visit(e.Body);
                    });
                    break;
                case NamedExpr e:
                    Visit(e.Value);
                    BindWalrusTarget(e.Target);
                    break;
                case Yield e:
                    _current.Scope.IsGenerator = true;
                    Visit(e.Value);
                    break;
                case YieldFrom e:
                    _current.Scope.IsGenerator = true;
                    Visit(e.Value);
                    break;
                case Await e:
                    Visit(e.Value);
                    break;
                case JoinedStr e:
                    VisitAll(e.Parts);
                    break;
                case FormattedValue e:
                    Visit(e.Value);
                    Visit(e.FormatSpec);
                    break;
            }
        }

        /// <summary>
        /// A comprehension runs in its own function scope whose single parameter <c>.0</c> is the
        /// iterator of the first iterable; that iterable is evaluated in the enclosing scope (PEP 289).
        /// </summary>
        private void VisitComprehension(Expr node, string name, IReadOnlyList<Comprehension> generators, Expr[] elements)
        {
            Visit(generators[0].Iter);
            var info = Open(ScopeKind.Comprehension, name, node);
            info.Scope.IsGenerator = node is GeneratorExp;
            InScope(info, () =>
            {
                _current.Add(".0", SymbolFlags.Parameter);
                _current.Parameters.Add(".0");
                for (var i = 0; i < generators.Count; i++)
                {
                    if (i > 0)
                    {
                        Visit(generators[i].Iter);
                    }

                    VisitTarget(generators[i].Target);
                    VisitAll(generators[i].Ifs);
                }

                VisitAll(elements);
            });
        }

        /// <summary>
        /// <c>(x := value)</c> inside a comprehension binds x in the nearest enclosing scope that is
        /// not a comprehension (PEP 572); the comprehensions in between see it as nonlocal (or global).
        /// </summary>
        private void BindWalrusTarget(Name target)
        {
            if (_current.Scope.Kind != ScopeKind.Comprehension)
            {
                Bind(target.Id);
                return;
            }

            var comprehensions = new List<ScopeInfo>();
            var owner = _current;
            for (var info = _current; info.Scope.Kind == ScopeKind.Comprehension; info = FindParent(info))
            {
                if ((info.FlagsOf(target.Id) & SymbolFlags.Assigned) != 0)
                {
                    throw Error(target.Span, $"assignment expression cannot rebind comprehension iteration variable '{target.Id}'");
                }

                comprehensions.Add(info);
                owner = FindParent(info);
            }

            if (owner.Scope.Kind == ScopeKind.Class)
            {
                throw Error(target.Span, "assignment expression within a comprehension cannot be used in a class body");
            }

            var declaration = owner.Scope.Kind == ScopeKind.Module ? SymbolFlags.DeclaredGlobal : SymbolFlags.DeclaredNonlocal;
            foreach (var comprehension in comprehensions)
            {
                comprehension.Add(target.Id, declaration);
            }

            owner.Add(target.Id, SymbolFlags.Assigned);
        }

        private ScopeInfo FindParent(ScopeInfo info) => _infos[info.Scope.Parent!];

        private void VisitPattern(Pattern pattern)
        {
            switch (pattern)
            {
                case MatchValue p:
                    Visit(p.Value);
                    break;
                case MatchSequence p:
                    foreach (var subpattern in p.Patterns)
                    {
                        VisitPattern(subpattern);
                    }

                    break;
                case MatchMapping p:
                    VisitAll(p.Keys);
                    foreach (var subpattern in p.Patterns)
                    {
                        VisitPattern(subpattern);
                    }
                    if (p.Rest is { } rest)
                    {
                        Bind(rest);
                    }

                    break;
                case MatchClass p:
                    Visit(p.Cls);
                    foreach (var subpattern in p.Patterns)
                    {
                        VisitPattern(subpattern);
                    }
                    foreach (var subpattern in p.KwdPatterns)
                    {
                        VisitPattern(subpattern);
                    }

                    break;
                case MatchStar { Name: { } starName }:
                    Bind(starName);
                    break;
                case MatchAs p:
                    if (p.Pattern is { } inner)
                    {
                        VisitPattern(inner);
                    }

                    if (p.Name is { } asName)
                    {
                        Bind(asName);
                    }

                    break;
                case MatchOr p:
                    foreach (var subpattern in p.Patterns)
                    {
                        VisitPattern(subpattern);
                    }

                    break;
            }
        }

        private static PythonSyntaxError Error(SourceSpan span, string message) =>
            new("SyntaxError", message, span.Line, span.Column + 1, span.EndColumn + 1);
    }
}
