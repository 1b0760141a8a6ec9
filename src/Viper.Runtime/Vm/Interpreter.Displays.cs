using Viper.Bytecode.Instructions;
using Viper.Runtime.Builtins;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>The instructions that build displays with <c>*iterable</c> and <c>**mapping</c> elements.</summary>
public sealed partial class Interpreter
{
    /// <summary>LIST_TO_TUPLE: the list a starred tuple display gathered, as a tuple.</summary>
    public static Value ListToTuple(Value list) => Value.FromObject(new PyTuple(((PyList)list.Ref!).Items.ToArray()));

    /// <summary>SET_UPDATE: a <c>*iterable</c> in a set display.</summary>
    public static void SetUpdate(Value set, Value source)
    {
        if (Iteration.TryGetIterator(source) is null)
        {
            throw PyErrors.TypeError($"'{TypeNames.Of(source)}' object is not iterable");
        }

        SetAlgebra.Update((PySet)set.Ref!, source);
    }

    /// <summary>DICT_UPDATE: a <c>**mapping</c> in a dict display; a dict, or anything with <c>keys()</c> and <c>__getitem__</c>.</summary>
    public void DictUpdate(Value dict, Value source)
    {
        var target = (PyDict)dict.Ref!;
        if (DictMethods.MergesAsDict(source, out _))
        {
            // A dict's entries with the hashes they were stored under, as CPython's merge takes them.
            DictMethods.Update(target, source);
            return;
        }

        foreach (var (key, value) in MappingItems(source, () => $"'{TypeNames.Of(source)}' object is not a mapping"))
        {
            target.SetItem(key, value);
        }
    }

    /// <summary>
    /// The items a <c>**mapping</c> gives, in order: a dict's own, or else each key of its <c>keys()</c>
    /// with <c>mapping[key]</c>; a TypeError with <paramref name="notAMapping"/>'s message when it has no <c>keys</c>.
    /// </summary>
    private List<(Value Key, Value Value)> MappingItems(Value source, Func<string> notAMapping)
    {
        if (DictMethods.MergesAsDict(source, out var mapping))
        {
            return [.. mapping.Items()];
        }

        Value keys;
        try
        {
            keys = Attributes.Get(source, "keys");
        }
        catch (PythonException error) when (error.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            throw PyErrors.TypeError(notAMapping());
        }

        var items = new List<(Value, Value)>();
        foreach (var key in Iteration.ToList(Call(keys, [])))
        {
            items.Add((key, Subscripts.GetItem(source, key)));
        }

        return items;
    }

    /// <summary>LIST_EXTEND, SET_UPDATE and DICT_UPDATE: a starred element of a display, or a call's <c>*iterable</c>.</summary>
    private void AddUnpacked(Opcode opcode, Value collection, Value source)
    {
        switch (opcode)
        {
            case Opcode.ListExtend:
                ListExtend(collection, source);
                break;
            case Opcode.SetUpdate:
                SetUpdate(collection, source);
                break;
            default:
                DictUpdate(collection, source);
                break;
        }
    }
}
