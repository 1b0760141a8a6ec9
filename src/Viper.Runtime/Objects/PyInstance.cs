using System.Numerics;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// An instance of a class written in Python (not derived from a builtin type). Its attributes live
/// in <see cref="Values"/> at the positions its shared <see cref="Layout"/> gives, until something
/// needs the real <c>__dict__</c> (or the shape outgrows the layouts): then they move into a dict
/// of its own for good, and <see cref="Layout"/> becomes <see cref="InstanceLayout.Detached"/>.
/// </summary>
public sealed class PyInstance : PyObject
{
    private PyDict? _dict;

    public PyInstance(PyType type)
        : base(type)
    {
        Layout = type.EmptyInstanceLayout;
        Values = type.InstanceCapacity == 0 ? [] : new Value[type.InstanceCapacity];
    }

    /// <summary>Where each attribute sits in <see cref="Values"/>; inline caches compare it by reference.</summary>
    public InstanceLayout Layout;

    /// <summary>The attribute values, the first <see cref="InstanceLayout.Count"/> of them in use.</summary>
    public Value[] Values;

    /// <summary>The instance's <c>__dict__</c>: from here on the attributes live there.</summary>
    public PyDict Dict => _dict ?? Detach();

    public bool TryGetAttribute(string name, out Value value)
    {
        if (_dict is not null)
        {
            return _dict.TryGetValue(name, out value);
        }

        var position = Layout.IndexOf(name);
        value = position >= 0 ? Values[position] : default;
        return position >= 0;
    }

    public bool HasAttribute(string name) => _dict is not null ? _dict.FindString(name) >= 0 : Layout.IndexOf(name) >= 0;

    public void SetAttribute(string name, Value value)
    {
        if (_dict is null)
        {
            var position = Layout.IndexOf(name);
            if (position >= 0)
            {
                Values[position] = value;
                return;
            }

            if (Layout.With(AttributeNames.Intern(name)) is { } grown)
            {
                Add(grown, value);
                return;
            }
        }

        Dict.SetItem(Value.FromObject(AttributeNames.Intern(name)), value);
    }

    /// <summary>Stores the value of the name that <paramref name="grown"/> (a child of the current layout) adds, and moves to it.</summary>
    public void Add(InstanceLayout grown, Value value)
    {
        var position = grown.Count - 1;
        if (position >= Values.Length)
        {
            Array.Resize(ref Values, Math.Max(4, Values.Length * 2));
        }

        Values[position] = value;
        Layout = grown;
        Type.NoteInstanceSize(grown.Count);
    }

    public bool RemoveAttribute(string name) =>
        (_dict is not null || Layout.IndexOf(name) >= 0) && Dict.Remove(Value.FromString(name), out _);

    /// <summary>The attribute names in insertion order, without handing out the dict.</summary>
    public IEnumerable<Value> AttributeNamesInOrder() =>
        _dict is not null ? _dict.Items().Select(item => item.Key) : Layout.Names.Select(Value.FromObject);

    private PyDict Detach()
    {
        var dict = new PyDict(Math.Max(8, (int)BitOperations.RoundUpToPowerOf2((uint)Layout.Count)));
        for (var i = 0; i < Layout.Count; i++)
        {
            dict.SetItem(Value.FromObject(Layout.Names[i]), Values[i]);
        }

        _dict = dict;
        Layout = InstanceLayout.Detached;
        Values = [];
        return dict;
    }
}
