using Viper.Bytecode.Code;
using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>A function defined in Python: its code, the globals it runs in, and its default values.</summary>
public sealed class PyFunction(CodeObject code, PyDict globals, Value[] defaults, PyModule? module) : PyObject(PyType.Function)
{
    public CodeObject Code { get; } = code;

    public PyDict Globals { get; } = globals;

    public Value[] Defaults { get; set; } = defaults;

    public PyModule? Module { get; } = module;

    /// <summary>The keyword-only parameters' defaults by name (<c>__kwdefaults__</c>); null when none has one.</summary>
    public PyDict? KeywordDefaults { get; set; }

    /// <summary><c>__annotations__</c>: the def's annotations by parameter name (and <c>return</c>); null until a def or a read makes it.</summary>
    public PyDict? Annotations { get; set; }

    /// <summary>The cells of the code's free variables, in the order of <see cref="CodeObject.FreeNames"/>.</summary>
    public PyCell[] Closure { get; init; } = [];

    /// <summary>The VM's per-code state, looked up once here rather than on every call.</summary>
    internal Vm.CodeState State { get; } = Vm.CodeState.For(code);

    /// <summary>The class whose body defined this function (directly or nested), for zero-argument <c>super()</c>.</summary>
    public ClassCell? ClassCell { get; set; }

    public string Name { get; set; } = code.Name;

    public string QualifiedName { get; set; } = code.QualifiedName;

    /// <summary><c>__doc__</c>: the docstring until something is assigned to it.</summary>
    public Value Doc { get; set; } = code.DocString is { } doc ? Value.FromString(doc) : Value.None;

    /// <summary><c>__module__</c>: the defining module's <c>__name__</c> when the function was made, until reassigned.</summary>
    public Value ModuleName { get; set; } = Vm.CodeState.For(code).ModuleNameIn(globals);

    /// <summary>
    /// Set once compiled code calls this function directly or the VM caches it as a global's value:
    /// from then on a dict entry that stops holding it moves <see cref="WatchedBindings.Current"/>.
    /// </summary>
    public bool BindingWatched { get; set; }

    /// <summary>The function's own attributes (<c>__dict__</c>), made on the first one assigned.</summary>
    public PyDict? Attributes { get; set; }
}
