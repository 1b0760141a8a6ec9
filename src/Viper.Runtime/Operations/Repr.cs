using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Viper.Frontend.Text;
using Viper.Runtime.Errors;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary><c>repr()</c> and <c>str()</c> of builtin values, byte for byte as CPython prints them.</summary>
public static class Repr
{
    [ThreadStatic]
    private static HashSet<object>? _inProgress;

    public static string Of(Value value) =>
        value.Ref is PyObject { Type.IsBuiltin: false } && SpecialMethods.TryFind(value.Type, "__repr__", out var method)
            ? UserProtocols.Repr(value, method)
            : OfBuiltin(value);

    /// <summary>The repr the value's builtin type gives it, ignoring a subclass's <c>__repr__</c> (what <c>dict.__repr__(x)</c> and <c>super().__repr__()</c> reach).</summary>
    public static string OfBuiltin(Value value)
    {
        if (value.IsInt)
        {
            return value.AsInt.ToString(CultureInfo.InvariantCulture);
        }

        if (value.IsFloat)
        {
            return FloatFormatter.Repr(value.AsFloat);
        }

        return value.Ref switch
        {
            PyStr s => StrRepr.Repr(s.Value),
            PyBool b => b.Value ? "True" : "False",
            PyNone => "None",
            PyBigInt big => BigToString(big),
            PyFloat f => FloatFormatter.Repr(f.Value),
            PyList list => Container(list, "[...]", () => Join("[", list.Items.ToArray(), "]")),
            PyTuple tuple => Container(tuple, "(...)", () => tuple.Count == 1 ? $"({Of(tuple.Items[0])},)" : Join("(", tuple.Items, ")")),
            PyDict dict => Container(dict, "{...}", () => DictRepr(dict)),
            PyDictView view => Container(view, "...", () => ViewRepr(view)),
            PySet set => SetRepr(set),
            PySlice s => $"slice({Of(s.Start)}, {Of(s.Stop)}, {Of(s.Step)})",
            PyRange r => r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})",
            // ModuleName is null for a class whose __module__ is missing or not a str: CPython prints its bare name.
            PyType type => type.ModuleName is "builtins" or null
                ? $"<class '{type.QualifiedName}'>"
                : $"<class '{type.ModuleName}.{type.QualifiedName}'>",
            PyFunction f => $"<function {f.QualifiedName} at {Address(f)}>",
            PyFile file => Builtins.FileMethods.Repr(file),
            PyCode c => $"<code object {c.Code.Name} at {Address(c)}, file \"{c.Code.FileName}\", line {c.Code.FirstLine}>",
            PyGenerator g => $"<generator object {g.QualifiedName} at {Address(g)}>",
            PyCell { Contents.IsBound: false } cell => $"<cell at {Address(cell)}: empty>",
            PyCell cell => $"<cell at {Address(cell)}: {TypeNames.Of(cell.Contents)} object at {Address(cell.Contents.Ref!)}>",
            PyBuiltinFunction f => f.IsMethod ? $"<method '{f.Name}' of '{f.OwnerTypeName}' objects>" : $"<built-in function {f.Name}>",
            PyBoundBuiltin m => $"<built-in method {m.Function.Name} of {TypeNames.Of(m.Self)} object at {Address(m.Self.Ref!)}>",
            PyModule m => m.FileName is not null ? $"<module '{m.Name}' from '{m.FileName}'>"
                : m.IsMadeByCall ? $"<module '{m.Name}'>"
                : $"<module '{m.Name}' (built-in)>",
            PyBaseException e => $"{e.Type.Name}({string.Join(", ", e.Args.Select(Of))})",
            PyEllipsis => "Ellipsis",
            PyNotImplemented => "NotImplemented",
            PyBytes b => BytesRepr(b.Value),
            PyByteArray a => $"bytearray({BytesRepr(a.Span, escapeSingleQuote: true)})",
            PyBoundMethod m => $"<bound method {(Attributes.Get(m.Function, "__qualname__").Ref is PyStr name ? name.Value : "?")} of {Of(m.Self)}>",
            PyGenericAlias alias => TypeHints.Repr(alias),
            PyUnionType union => TypeHints.Repr(union),
            PyObject o => DefaultObjectRepr(o),
            _ => "<unbound>",
        };
    }

    /// <summary><c>str()</c>: the same as repr except for str itself, exceptions and a few others.</summary>
    public static string Str(Value value) => value.Ref switch
    {
        PyObject { Type.IsBuiltin: false } when UserProtocols.TryStr(value, out var text) => text,
        PyStr s => s.Value,
        PyBaseException e => e.Message,
        _ => Of(value),
    };

    /// <summary><c>object.__repr__</c>: <c>&lt;__main__.Point object at 0x...&gt;</c>.</summary>
    public static string DefaultObjectRepr(PyObject o) =>
        o.Type.ModuleName is "builtins" or null
            ? $"<{o.Type.QualifiedName} object at {Address(o)}>"
            : $"<{o.Type.ModuleName}.{o.Type.QualifiedName} object at {Address(o)}>";

    /// <summary><c>ascii()</c>: the repr with every non-ASCII character written as a \x, \u or \U escape.</summary>
    public static string Ascii(Value value)
    {
        var repr = Of(value);
        var builder = new StringBuilder(repr.Length);
        for (var i = 0; i < repr.Length; i++)
        {
            int code = repr[i];
            if (char.IsHighSurrogate(repr[i]) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
            {
                code = char.ConvertToUtf32(repr[i], repr[++i]);
            }

            builder.Append(code switch
            {
                < 0x80 => ((char)code).ToString(),
                < 0x100 => $"\\x{code:x2}",
                < 0x10000 => $"\\u{code:x4}",
                _ => $"\\U{code:x8}",
            });
        }

        return builder.ToString();
    }

    /// <summary><c>{1, 2}</c> for a set; a frozenset or a subclass's instance names its type: <c>frozenset({1})</c>, <c>Tags()</c>.</summary>
    private static string SetRepr(PySet set)
    {
        var named = !ReferenceEquals(set.Type, PyType.Set);
        if (set.Count == 0)
        {
            return $"{set.Type.Name}()";
        }

        return Container(set, $"{set.Type.Name}(...)", () =>
        {
            var items = Join("{", set.KeysToArray(), "}");
            return named ? $"{set.Type.Name}({items})" : items;
        });
    }

    public static string BigToString(PyBigInt big)
    {
        try
        {
            return IntFormatter.ToDecimalString(big.Value);
        }
        catch (NumericError error)
        {
            throw PyErrors.FromNumeric(error);
        }
    }

    private static string Address(object o) => $"0x{RuntimeHelpers.GetHashCode(o):x12}";

    /// <summary>Guards against cycles (<c>a.append(a)</c> prints <c>[[...]]</c>) and runaway nesting depth.</summary>
    private static string Container(object container, string cycleText, Func<string> render)
    {
        _inProgress ??= new HashSet<object>(ReferenceEqualityComparer.Instance);
        if (!_inProgress.Add(container))
        {
            return cycleText;
        }

        try
        {
            StackGuard.Enter("while getting the repr of an object");
            try
            {
                return render();
            }
            finally
            {
                StackGuard.Leave();
            }
        }
        finally
        {
            _inProgress.Remove(container);
        }
    }

    private static string Join(string open, Value[] items, string close)
    {
        var text = new StringBuilder(open);
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(Of(items[i]));
        }

        return text.Append(close).ToString();
    }

    private static string DictRepr(PyDict dict)
    {
        var text = new StringBuilder("{");
        var first = true;
        foreach (var (key, value) in dict.Items())
        {
            if (!first)
            {
                text.Append(", ");
            }

            first = false;
            text.Append(Of(key)).Append(": ").Append(Of(value));
        }

        return text.Append('}').ToString();
    }

    private static string ViewRepr(PyDictView view)
    {
        var items = view.Dict.Items().Select(pair => view.Kind switch
        {
            DictViewKind.Keys => Of(pair.Key),
            DictViewKind.Values => Of(pair.Value),
            _ => $"({Of(pair.Key)}, {Of(pair.Value)})",
        });
        return $"{view.Type.Name}([{string.Join(", ", items)}])";
    }

    /// <summary>A bytearray's repr escapes every single quote, even inside double quotes, as CPython's does.</summary>
    private static string BytesRepr(ReadOnlySpan<byte> bytes, bool escapeSingleQuote = false)
    {
        var quote = bytes.IndexOf((byte)'\'') >= 0 && bytes.IndexOf((byte)'"') < 0 ? '"' : '\'';
        var text = new StringBuilder("b").Append(quote);
        foreach (var b in bytes)
        {
            text.Append(b switch
            {
                (byte)'\\' => "\\\\",
                (byte)'\n' => "\\n",
                (byte)'\r' => "\\r",
                (byte)'\t' => "\\t",
                _ when b == quote || (escapeSingleQuote && b == '\'') => "\\" + (char)b,
                < 0x20 or >= 0x7f => $"\\x{b:x2}",
                _ => ((char)b).ToString(),
            });
        }

        return text.Append(quote).ToString();
    }
}
