namespace Viper.Runtime.Objects;

/// <summary>
/// The attribute names of the instances of one class that gained the same names in the same order
/// (a "hidden class", CPython's shared keys): the instances share it and keep only a values array,
/// each value at the position the layout gives its name. Adding a name moves an instance to the
/// child layout for that name, which every instance adding the same names in the same order
/// shares, so an inline cache keyed on a layout finds a value with one compare and one load.
/// An instance whose shape grows past the limits, or whose <c>__dict__</c> is handed out, keeps a
/// real dict instead and has the <see cref="Detached"/> layout, which no cache ever holds.
/// </summary>
public sealed class InstanceLayout
{
    /// <summary>Attributes one layout may hold; an instance with more keeps a dict.</summary>
    private const int MaxAttributes = 64;

    /// <summary>Layouts one class may grow; beyond that (instances used as open-ended namespaces) new shapes keep dicts.</summary>
    private const int MaxLayoutsPerClass = 512;

    private readonly InstanceLayout? _root;
    private readonly Dictionary<string, int>? _positions;
    private Dictionary<string, InstanceLayout>? _children;
    private int _layoutCount;

    /// <summary>The empty layout every new instance of <paramref name="type"/> starts with.</summary>
    public InstanceLayout(PyType type)
    {
        Type = type;
        Names = [];
        _layoutCount = 1;
    }

    private InstanceLayout(InstanceLayout parent, PyStr name)
    {
        Type = parent.Type;
        _root = parent._root ?? parent;
        Names = [.. parent.Names, name];
        // Short layouts are searched directly; longer ones get a table of positions.
        if (Names.Length > 8)
        {
            _positions = new Dictionary<string, int>(Names.Length, StringComparer.Ordinal);
            for (var i = 0; i < Names.Length; i++)
            {
                _positions[Names[i].Value] = i;
            }
        }
    }

    /// <summary>The layout of instances whose attributes live in a dict of their own.</summary>
    public static InstanceLayout Detached { get; } = new(PyType.Object);

    public PyType Type { get; }

    /// <summary>The attribute names in insertion order, each the interned key object <see cref="Operations.AttributeNames"/> gives.</summary>
    public PyStr[] Names { get; }

    public int Count => Names.Length;

    /// <summary>The position of <paramref name="name"/> in an instance's values, or -1.</summary>
    public int IndexOf(string name)
    {
        if (_positions is not null)
        {
            return _positions.TryGetValue(name, out var position) ? position : -1;
        }

        for (var i = 0; i < Names.Length; i++)
        {
            if (Names[i].Value == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The layout after adding <paramref name="name"/> (not already present), or null when instances of that shape should keep a dict.</summary>
    public InstanceLayout? With(PyStr name)
    {
        if (_children is not null && _children.TryGetValue(name.Value, out var child))
        {
            return child;
        }

        // Builtin types (a bare object()) are shared by every runtime in the process, so their layouts never grow.
        var root = _root ?? this;
        if (ReferenceEquals(this, Detached) || Type.IsBuiltin || Names.Length >= MaxAttributes || root._layoutCount >= MaxLayoutsPerClass)
        {
            return null;
        }

        child = new InstanceLayout(this, name);
        root._layoutCount++;
        (_children ??= new Dictionary<string, InstanceLayout>(StringComparer.Ordinal))[name.Value] = child;
        return child;
    }
}
