using Viper.Frontend.Ast;

namespace Viper.Frontend.Scopes;

public enum ScopeKind
{
    Module,
    Function,
    Lambda,
    Class,
    Comprehension,
}

/// <summary>How a name used in a scope is resolved, following CPython's symtable.</summary>
public enum SymbolBinding
{
    /// <summary>Bound in this function scope and not captured: lives in a fixed frame slot.</summary>
    Local,

    /// <summary>Bound in this function scope and captured by an inner scope: lives in a cell.</summary>
    Cell,

    /// <summary>Bound in an enclosing function scope: read through a cell.</summary>
    Free,

    /// <summary>Declared <c>global</c> in this scope.</summary>
    GlobalExplicit,

    /// <summary>Not bound anywhere enclosing: a module global or a builtin.</summary>
    GlobalImplicit,

    /// <summary>In module and class bodies, a name bound there: looked up by name in the namespace dict.</summary>
    Name,
}

/// <summary>
/// The result of scope analysis for one module, function, lambda, class body or comprehension.
/// <see cref="Slots"/> orders the fast locals of a function-like scope: parameters first, in the
/// order positional-only, positional, keyword-only, <c>*args</c>, <c>**kwargs</c> (as CPython's
/// co_varnames), then every other local or cell variable in order of first binding.
/// </summary>
public sealed class Scope(ScopeKind kind, string name, Scope? parent, Node node)
{
    public ScopeKind Kind { get; } = kind;

    public string Name { get; } = name;

    public Scope? Parent { get; } = parent;

    public Node Node { get; } = node;

    /// <summary>
    /// Each name's binding. The values are objects rather than the enum itself: a dictionary with
    /// value-type values runs framework code ReadyToRun cannot precompile, JIT-compiled on every
    /// start, and every compile, even of <c>pass</c>, builds one.
    /// </summary>
    private readonly Dictionary<string, Symbol> _symbols = [];

    public List<string> Slots { get; } = [];

    /// <summary>Names of this scope that inner scopes capture, in order of first appearance.</summary>
    public List<string> CellVars { get; } = [];

    /// <summary>Names this scope reads from enclosing function scopes, in order of first appearance.</summary>
    public List<string> FreeVars { get; } = [];

    public List<Scope> Children { get; } = [];

    public int ParameterCount { get; set; }

    public bool IsGenerator { get; set; }

    public bool IsCoroutine { get; set; }

    /// <summary>True for a class body whose methods use zero-argument <c>super()</c> or <c>__class__</c>.</summary>
    public bool NeedsClassCell { get; set; }

    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;

    public SymbolBinding Lookup(string id) =>
        _symbols.TryGetValue(id, out var symbol)
            ? symbol.Binding
            : IsFunctionLike ? SymbolBinding.GlobalImplicit : SymbolBinding.Name;

    /// <summary>Whether the scope uses or binds <paramref name="id"/> itself.</summary>
    public bool Mentions(string id) => _symbols.ContainsKey(id);

    internal bool TryGetBinding(string id, out SymbolBinding binding)
    {
        var found = _symbols.TryGetValue(id, out var symbol);
        binding = found ? symbol!.Binding : default;
        return found;
    }

    /// <summary>The binding of a name the scope mentions (see <see cref="Mentions"/>).</summary>
    public SymbolBinding BindingOf(string id) => _symbols[id].Binding;

    internal void Bind(string id, SymbolBinding binding)
    {
        if (_symbols.TryGetValue(id, out var symbol))
        {
            symbol.Binding = binding;
        }
        else
        {
            _symbols[id] = new Symbol { Binding = binding };
        }
    }

    public int SlotOf(string id) => Slots.IndexOf(id);

    private sealed class Symbol
    {
        public SymbolBinding Binding { get; set; }
    }
}
