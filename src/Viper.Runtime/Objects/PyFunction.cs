using System.Runtime.CompilerServices;
using Viper.Bytecode.Code;
using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>A function defined in Python: its code, the globals it runs in, and its default values.</summary>
public sealed class PyFunction(CodeObject code, PyDict globals, Value[] defaults, PyModule? module) : PyObject(PyType.Function)
{
    private RareAttributes? _rare;

    public CodeObject Code { get; } = code;

    public PyDict Globals { get; } = globals;

    public Value[] Defaults { get; set; } = defaults;

    /// <summary>
    /// Whether a call with <paramref name="argCount"/> positional arguments and no keywords gives each
    /// parameter an argument or its default (<c>f(x)</c> of <c>def f(x, y=None)</c>): no keyword-only
    /// parameters, <c>*args</c> or <c>**kwargs</c>, and defaults for the parameters not given.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TakesPositionally(int argCount) =>
        argCount == Code.ExactArgCount || (argCount < Code.ExactArgCount && argCount >= Code.ExactArgCount - Defaults.Length);

    /// <summary>The default of positional parameter <paramref name="parameter"/>, one the defaults cover.</summary>
    public Value DefaultOf(int parameter) => Defaults[parameter - (Code.ArgCount - Defaults.Length)];

    public PyModule? Module { get; } = module;

    /// <summary>The keyword-only parameters' defaults by name (<c>__kwdefaults__</c>); null when none has one.</summary>
    public PyDict? KeywordDefaults
    {
        get => _rare?.KeywordDefaults;
        set
        {
            if (value is not null || _rare is not null)
            {
                Rare.KeywordDefaults = value;
            }
        }
    }

    /// <summary><c>__annotations__</c>: the def's annotations by parameter name (and <c>return</c>); null until a def or a read makes it.</summary>
    public PyDict? Annotations
    {
        get => _rare?.Annotations;
        set
        {
            if (value is not null || _rare is not null)
            {
                Rare.Annotations = value;
            }
        }
    }

    /// <summary>The cells of the code's free variables, in the order of <see cref="CodeObject.FreeNames"/>.</summary>
    public PyCell[] Closure { get; init; } = [];

    /// <summary>The VM's per-code state, looked up once here rather than on every call.</summary>
    internal Vm.CodeState State { get; } = Vm.CodeState.For(code);

    /// <summary>The class whose body defined this function (directly or nested), for zero-argument <c>super()</c>.</summary>
    public ClassCell? ClassCell { get; set; }

    public string Name
    {
        get => _rare?.Name ?? Code.Name;
        set => Rare.Name = value;
    }

    public string QualifiedName
    {
        get => _rare?.QualifiedName ?? Code.QualifiedName;
        set => Rare.QualifiedName = value;
    }

    /// <summary><c>__doc__</c>: the docstring (the one str every function of the code shares, as in CPython) until something is assigned to it.</summary>
    public Value Doc
    {
        get => _rare?.Doc ?? State.DocString;
        set => Rare.Doc = value;
    }

    /// <summary><c>__module__</c>: the defining module's <c>__name__</c> when the function was made, until reassigned.</summary>
    public Value ModuleName { get; set; } = Vm.CodeState.For(code).ModuleNameIn(globals);

    /// <summary>
    /// Set once compiled code calls this function directly or the VM caches it as a global's value:
    /// from then on a dict entry that stops holding it moves <see cref="WatchedBindings.Current"/>.
    /// </summary>
    public bool BindingWatched { get; set; }

    /// <summary>The function's own attributes (<c>__dict__</c>), made on the first one assigned.</summary>
    public PyDict? Attributes
    {
        get => _rare?.Attributes;
        set
        {
            if (value is not null || _rare is not null)
            {
                Rare.Attributes = value;
            }
        }
    }

    private RareAttributes Rare => _rare ??= new RareAttributes();

    /// <summary>
    /// What most functions never set, kept out of the function object: a program makes a function
    /// for every lambda, closure and generator expression it evaluates, and each of those
    /// allocations is cleared and collected. Storing null where nothing was set makes none.
    /// </summary>
    private sealed class RareAttributes
    {
        public PyDict? KeywordDefaults;
        public PyDict? Annotations;
        public string? Name;
        public string? QualifiedName;
        public Value? Doc;
        public PyDict? Attributes;
    }
}
