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
        if (source.Ref is PyDict mapping)
        {
            foreach (var (key, value) in mapping.Items().ToList())
            {
                target.SetItem(key, value);
            }

            return;
        }

        Value keys;
        try
        {
            keys = Attributes.Get(source, "keys");
        }
        catch (PythonException error) when (error.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            throw PyErrors.TypeError($"'{TypeNames.Of(source)}' object is not a mapping");
        }

        foreach (var key in Iteration.ToList(Call(keys, [])))
        {
            target.SetItem(key, Subscripts.GetItem(source, key));
        }
    }
}
