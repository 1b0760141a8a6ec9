using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;

namespace Viper.Frontend.Scopes;

/// <summary>
/// Decides how every name is resolved, following CPython's Python/symtable.c: a first pass
/// (<see cref="SymbolCollector"/>) records what each scope does with each name; a second pass
/// (<see cref="Resolve"/>) classifies names as local, cell, free or global, top-down with the
/// names bound by enclosing functions and bottom-up with the names inner scopes need.
/// </summary>
public static partial class ScopeAnalyzer
{
    public static ScopeTable Analyze(Module module)
    {
        var future = FutureFeatures.Read(module);
        var collector = new SymbolCollector();
        var root = collector.CollectModule(module);
        var table = new ScopeTable { ModuleScope = root.Scope, Future = future };
        Resolve(root, bound: null, globals: []);
        Register(root, table);
        return table;
    }

    private static void Register(ScopeInfo info, ScopeTable table)
    {
        table.Add(info.Scope);
        foreach (var child in info.Children)
        {
            info.Scope.Children.Add(child.Scope);
            Register(child, table);
        }
    }

    /// <summary>
    /// Classifies the names of one scope and its children (analyze_block). <paramref name="bound"/>
    /// holds the names bound in enclosing function scopes (null at module level);
    /// <paramref name="globals"/> the names known to be global. Returns the names this scope and its
    /// children need from enclosing scopes.
    /// </summary>
    private static HashSet<string> Resolve(ScopeInfo info, HashSet<string>? bound, HashSet<string> globals)
    {
        var scope = info.Scope;
        var locals = new HashSet<string>();
        var free = new HashSet<string>();
        var childBound = new HashSet<string>();
        var childGlobals = new HashSet<string>();
        if (scope.Kind == ScopeKind.Class)
        {
            // A class namespace is invisible to the functions nested in it.
            childGlobals.UnionWith(globals);
            if (bound is not null)
            {
                childBound.UnionWith(bound);
            }
        }

        foreach (var name in info.Order)
        {
            scope.Bind(name, ClassifyName(info, name, info.Uses[name].Flags, bound, locals, free, globals));
        }

        if (scope.Kind == ScopeKind.Class)
        {
            childBound.Add("__class__");
        }
        else
        {
            if (scope.IsFunctionLike)
            {
                childBound.UnionWith(locals);
            }

            if (bound is not null)
            {
                childBound.UnionWith(bound);
            }

            childGlobals.UnionWith(globals);
        }

        var childFree = new HashSet<string>();
        var freeOrder = new List<string>();
        foreach (var child in info.Children)
        {
            foreach (var name in Resolve(child, childBound, [.. childGlobals]))
            {
                if (childFree.Add(name))
                {
                    freeOrder.Add(name);
                }
            }
        }

        if (scope.IsFunctionLike)
        {
            foreach (var name in freeOrder)
            {
                if (scope.TryGetBinding(name, out var binding) && binding == SymbolBinding.Local && locals.Contains(name))
                {
                    scope.Bind(name, SymbolBinding.Cell);
                    childFree.Remove(name);
                }
            }
        }
        else if (scope.Kind == ScopeKind.Class && childFree.Remove("__class__"))
        {
            scope.NeedsClassCell = true;
        }

        // A name free in a child and not bound here passes through this scope as a free variable.
        // A class body may also bind it in its namespace (CPython's DEF_FREE_CLASS): it stays a
        // namespace name there and is a free variable only for the methods' closures.
        var freeInClassNamespace = new List<string>();
        foreach (var name in freeOrder)
        {
            if (!childFree.Contains(name) || bound is null || !bound.Contains(name))
            {
                continue;
            }

            if (!scope.TryGetBinding(name, out var binding))
            {
                scope.Bind(name, SymbolBinding.Free);
                info.Order.Add(name);
            }
            else if (binding != SymbolBinding.Free && scope.Kind == ScopeKind.Class)
            {
                freeInClassNamespace.Add(name);
            }

            free.Add(name);
        }

        BuildLayout(info);
        scope.FreeVars.AddRange(freeInClassNamespace);
        if (bound is not null)
        {
            foreach (var name in childFree)
            {
                if (bound.Contains(name))
                {
                    free.Add(name);
                }
            }
        }

        return free;
    }

    // analyze_name in symtable.c.
    private static SymbolBinding ClassifyName(
        ScopeInfo info, string name, SymbolFlags flags, HashSet<string>? bound, HashSet<string> locals, HashSet<string> free, HashSet<string> globals)
    {
        var scope = info.Scope;
        if ((flags & SymbolFlags.DeclaredGlobal) != 0)
        {
            globals.Add(name);
            bound?.Remove(name);
            return SymbolBinding.GlobalExplicit;
        }

        if ((flags & SymbolFlags.DeclaredNonlocal) != 0)
        {
            if (bound is null || !bound.Contains(name))
            {
                throw info.DeclarationError(name, $"no binding for nonlocal '{name}' found");
            }

            free.Add(name);
            return SymbolBinding.Free;
        }

        if ((flags & (SymbolFlags.Assigned | SymbolFlags.Parameter)) != 0)
        {
            locals.Add(name);
            globals.Remove(name);
            return scope.IsFunctionLike ? SymbolBinding.Local : SymbolBinding.Name;
        }

        if (bound is not null && bound.Contains(name))
        {
            free.Add(name);
            return SymbolBinding.Free;
        }

        return scope.IsFunctionLike ? SymbolBinding.GlobalImplicit : SymbolBinding.Name;
    }

    /// <summary>Slots: parameters, then other locals and cells in order of first binding; cell and free lists.</summary>
    private static void BuildLayout(ScopeInfo info)
    {
        var scope = info.Scope;
        if (scope.IsFunctionLike)
        {
            scope.Slots.AddRange(info.Parameters);
            scope.ParameterCount = info.Parameters.Count;
            foreach (var name in info.Order)
            {
                if (scope.BindingOf(name) is SymbolBinding.Local or SymbolBinding.Cell && !info.Parameters.Contains(name))
                {
                    scope.Slots.Add(name);
                }
            }

            foreach (var name in scope.Slots)
            {
                if (scope.BindingOf(name) == SymbolBinding.Cell)
                {
                    scope.CellVars.Add(name);
                }
            }
        }

        // Order lists the symbols in the order they were bound, which CPython's co_freevars keeps.
        foreach (var name in info.Order)
        {
            if (scope.BindingOf(name) == SymbolBinding.Free)
            {
                scope.FreeVars.Add(name);
            }
        }
    }

    /// <summary>What one scope does with one name.</summary>
    private sealed class NameUse
    {
        public SymbolFlags Flags { get; set; }

        /// <summary>Where its first global/nonlocal declaration stands, for error positions.</summary>
        public SourceSpan? DeclaredAt { get; set; }
    }

    /// <summary>What the first pass learned about one scope.</summary>
    private sealed class ScopeInfo(Scope scope)
    {
        public Scope Scope { get; } = scope;

        /// <summary>
        /// Each name's use. The values are objects rather than the flags themselves: a dictionary
        /// with value-type values runs framework code ReadyToRun cannot precompile, JIT-compiled on
        /// every start, and every compile, even of <c>pass</c>, builds one.
        /// </summary>
        public Dictionary<string, NameUse> Uses { get; } = [];

        /// <summary>Names in order of first appearance, then the free names passed through to children: every key of the scope's symbols, in their order.</summary>
        public List<string> Order { get; } = [];

        public List<string> Parameters { get; } = [];

        public List<ScopeInfo> Children { get; } = [];

        public SymbolFlags FlagsOf(string name) => Uses.TryGetValue(name, out var use) ? use.Flags : SymbolFlags.None;

        public NameUse Add(string name, SymbolFlags flag)
        {
            if (Uses.TryGetValue(name, out var use))
            {
                use.Flags |= flag;
            }
            else
            {
                use = new NameUse { Flags = flag };
                Uses[name] = use;
                Order.Add(name);
            }

            return use;
        }

        public PythonSyntaxError DeclarationError(string name, string message)
        {
            var span = Uses.TryGetValue(name, out var use) && use.DeclaredAt is { } declaredAt ? declaredAt : Scope.Node.Span;
            return new PythonSyntaxError("SyntaxError", message, span.Line, span.Column + 1, span.EndColumn + 1);
        }
    }
}
