using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>
/// The object protocols of instances of classes written in Python: <c>__repr__</c>, <c>__str__</c>,
/// <c>__hash__</c>, <c>__bool__</c>, <c>__len__</c>, the container and iterator methods, and
/// <c>__call__</c>, each checked for the result type CPython requires.
/// </summary>
public static class UserProtocols
{
    public static string Repr(Value self, Value method) => StringResult(SpecialMethods.CallBound(method, self, []), "__repr__");

    public static bool TryStr(Value self, out string text)
    {
        if (SpecialMethods.TryFind(self.Type, "__str__", out var method))
        {
            text = StringResult(SpecialMethods.CallBound(method, self, []), "__str__");
            return true;
        }

        text = "";
        return false;
    }

    public static long Hash(Value self)
    {
        if (!SpecialMethods.TryFind(self.Type, "__hash__", out var method))
        {
            return Hashing.BuiltinHash(self);
        }

        if (method.IsNone)
        {
            throw PyErrors.TypeError($"unhashable type: '{TypeNames.Of(self)}'");
        }

        // An int result that fits a machine word is the hash itself; a bigger one is hashed as an int.
        var result = SpecialMethods.CallBound(method, self, []);
        return result.IsInt ? (result.AsInt == -1 ? -2 : result.AsInt)
            : Numbers.IsInteger(result) ? Hashing.Hash(result)
            : throw PyErrors.TypeError("__hash__ method should return an integer");
    }

    public static bool Truth(Value self)
    {
        if (SpecialMethods.TryFind(self.Type, "__bool__", out var method))
        {
            var result = SpecialMethods.CallBound(method, self, []);
            return result.Ref is PyBool b ? b.Value : throw PyErrors.TypeError($"__bool__ should return bool, returned {TypeNames.Of(result)}");
        }

        if (TryLength(self, out var length))
        {
            return length > 0;
        }

        return self.Type.LayoutBase == PyType.Object || Operations.Truth.BuiltinIsTrue(self);
    }

    public static bool TryLength(Value self, out long length)
    {
        if (SpecialMethods.TryFind(self.Type, "__len__", out var method))
        {
            length = SpecialMethods.CallForIndex(self, "__len__", method);
            return length >= 0 ? true : throw PyErrors.ValueError("__len__() should return >= 0");
        }

        length = 0;
        return false;
    }

    public static bool TryGetItem(Value self, Value key, out Value result) => SpecialMethods.TryCall(self, "__getitem__", [key], out result);

    public static bool TrySetItem(Value self, Value key, Value value) => SpecialMethods.TryCall(self, "__setitem__", [key, value], out _);

    public static bool TryDeleteItem(Value self, Value key) => SpecialMethods.TryCall(self, "__delitem__", [key], out _);

    public static bool TryContains(Value self, Value item, out bool contains)
    {
        if (!SpecialMethods.TryFind(self.Type, "__contains__", out var method))
        {
            contains = false;
            return false;
        }

        contains = Operations.Truth.IsTrue(SpecialMethods.CallBound(method, self, [item]));
        return true;
    }

    /// <summary><c>iter(self)</c> through <c>__iter__</c>, or the old sequence protocol through <c>__getitem__</c>; null when neither exists.</summary>
    public static PyIterator? TryGetIterator(Value self) => TryIter(self, out var iterator) ? iterator.Ref as PyIterator ?? new PyUserIterator(iterator) : null;

    /// <summary><c>iter(self)</c> as the builtin returns it: the object <c>__iter__</c> gave, or a sequence iterator over <c>__getitem__</c>.</summary>
    public static bool TryIter(Value self, out Value iterator)
    {
        if (SpecialMethods.TryFind(self.Type, "__iter__", out var method))
        {
            if (method.IsNone)
            {
                iterator = default;
                return false;
            }

            iterator = SpecialMethods.CallBound(method, self, []);
            return iterator.Ref is PyIterator || SpecialMethods.TryFind(iterator.Type, "__next__", out _)
                ? true
                : throw PyErrors.TypeError($"iter() returned non-iterator of type '{TypeNames.Of(iterator)}'");
        }

        iterator = SpecialMethods.TryFind(self.Type, "__getitem__", out _) ? Value.FromObject(new PySequenceIterator(self)) : default;
        return iterator.IsBound;
    }

    public static bool TryNext(Value self, out Value item, out bool exhausted)
    {
        exhausted = false;
        if (!SpecialMethods.TryFind(self.Type, "__next__", out var method))
        {
            item = default;
            return false;
        }

        try
        {
            item = SpecialMethods.CallBound(method, self, []);
        }
        catch (PythonException error) when (error.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            item = default;
            exhausted = true;
        }

        return true;
    }

    public static bool TryCall(Value self, CallArgs args, out Value result)
    {
        if (SpecialMethods.TryFind(self.Type, "__call__", out var method))
        {
            result = SpecialMethods.CallBound(method, self, args.All, args.KeywordNames);
            return true;
        }

        result = default;
        return false;
    }

    private static string StringResult(Value result, string method) =>
        result.Ref is PyStr s ? s.Value : throw PyErrors.TypeError($"{method} returned non-string (type {TypeNames.Of(result)})");
}
