using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// <c>int | None</c>: the union of two or more types (<c>types.UnionType</c>), as type hints write
/// it. <c>isinstance</c> and <c>issubclass</c> take it as they take a tuple of its members.
/// </summary>
public sealed class PyUnionType : PyObject
{
    private PyUnionType(PyTuple members)
        : base(UnionTypeType) => Members = members;

    public static PyType UnionTypeType { get; } = new("UnionType", PyType.Object) { Type = PyType.TypeType, ModuleName = "types", NamedWithModule = true };

    /// <summary><c>__args__</c>: the member types in first-seen order, without repeats; None stands as <c>NoneType</c>.</summary>
    public PyTuple Members { get; }

    /// <summary>
    /// Whether <paramref name="value"/> may stand on either side of a union's <c>|</c>: a type, None,
    /// a generic alias or another union.
    /// </summary>
    public static bool IsMember(Value value) => value.Ref is PyType or PyNone or PyGenericAlias or PyUnionType;

    /// <summary>
    /// <c>a | b</c> for two members (see <see cref="IsMember"/>): unions are flattened and repeats
    /// dropped, and a union of one type is that type (<c>int | int</c> is <c>int</c>).
    /// </summary>
    public static Value Of(Value a, Value b)
    {
        var members = new List<Value>();
        Add(members, a);
        Add(members, b);
        return members.Count == 1 ? members[0] : Value.FromObject(new PyUnionType(PyTuple.Of([.. members])));
    }

    private static void Add(List<Value> members, Value member)
    {
        if (member.Ref is PyUnionType union)
        {
            foreach (var item in union.Members.Items)
            {
                Add(members, item);
            }

            return;
        }

        var normalized = member.IsNone ? Value.FromObject(PyType.NoneType) : member;
        if (!members.Exists(existing => IsSameMember(existing, normalized)))
        {
            members.Add(normalized);
        }
    }

    /// <summary>Whether two members are one, as CPython dedups and compares unions: by identity, two generic aliases by equality.</summary>
    public static bool IsSameMember(Value a, Value b) =>
        a.Ref is PyGenericAlias && b.Ref is PyGenericAlias ? Operations.Comparison.Equal(a, b) : a.Is(b);
}
