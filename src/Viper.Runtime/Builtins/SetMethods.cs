using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The methods of set and frozenset (the algorithms are in <see cref="SetAlgebra"/>).</summary>
public static class SetMethods
{
    public static void Install()
    {
        foreach (var type in new[] { PyType.Set, PyType.FrozenSet })
        {
            Add(type, "copy", 0, (self, argument) => Value.FromObject(SetAlgebra.Copy(self)));
            AddVarArgs(type, "union", (self, others) => Fold(SetAlgebra.Copy(self), others, SetAlgebra.Update));
            AddVarArgs(type, "intersection", (self, others) => others.Length == 0
                ? Value.FromObject(SetAlgebra.Copy(self))
                : Value.FromObject(others.Aggregate(self, (result, other) => SetAlgebra.Intersection(result, other))));
            AddVarArgs(type, "difference", (self, others) => others.Length == 0
                ? Value.FromObject(SetAlgebra.Copy(self))
                : Fold(SetAlgebra.Difference(self, others[0]), others[1..], SetAlgebra.DifferenceUpdate));
            Add(type, "symmetric_difference", 1, (self, argument) => Value.FromObject(SetAlgebra.SymmetricDifference(self, argument)));
            Add(type, "issubset", 1, (self, argument) => Value.FromBool(SetAlgebra.IsSubset(self, SetAlgebra.ToSet(argument))));
            Add(type, "issuperset", 1, (self, argument) => Value.FromBool(IsSuperset(self, argument)));
            Add(type, "isdisjoint", 1, (self, argument) => Value.FromBool(SetAlgebra.IsDisjoint(self, argument)));
        }

        var set = PyType.Set;
        Add(set, "add", 1, (self, argument) => Done(() => self.Add(argument)));
        Add(set, "remove", 1, (self, argument) => Done(() =>
        {
            if (!self.Discard(argument))
            {
                throw PyErrors.KeyError(argument);
            }
        }));
        Add(set, "discard", 1, (self, argument) => Done(() => self.Discard(argument)));
        Add(set, "pop", 0, (self, argument) => self.Pop());
        Add(set, "clear", 0, (self, argument) => Done(self.Clear));
        AddVarArgs(set, "update", (self, others) => Done(() => Fold(self, others, SetAlgebra.Update)));
        AddVarArgs(set, "intersection_update", (self, others) => Done(() =>
        {
            foreach (var other in others)
            {
                SetAlgebra.IntersectionUpdate(self, other);
            }
        }));
        AddVarArgs(set, "difference_update", (self, others) => Done(() => Fold(self, others, SetAlgebra.DifferenceUpdate)));
        Add(set, "symmetric_difference_update", 1, (self, argument) => Done(() => SetAlgebra.SymmetricDifferenceUpdate(self, argument)));
    }

    /// <summary>A method body; <paramref name="argument"/> is its one argument, or unbound for none.</summary>
    private delegate Value SetBody(PySet self, Value argument);

    private static void Add(PyType type, string name, int argumentCount, SetBody body)
    {
        var qualifiedName = $"{type.Name}.{name}";
        BuiltinMethods.Add(type, name, (vm, args) =>
        {
            if (argumentCount == 0)
            {
                ArgumentCheck.NoArguments(args, qualifiedName);
            }
            else
            {
                ArgumentCheck.OneArgument(args, qualifiedName);
            }

            return body(Self(args, type, name), argumentCount == 0 ? default : args[1]);
        });
    }

    private static void AddVarArgs(PyType type, string name, Func<PySet, Value[], Value> body) =>
        BuiltinMethods.Add(type, name, (vm, args) =>
        {
            ArgumentCheck.NoKeywords(args, $"{type.Name}.{name}");
            return body(Self(args, type, name), args.Positional[1..].ToArray());
        });

    private static PySet Self(CallArgs args, PyType type, string name) =>
        args.Count > 0 && args[0].Ref is PySet self
            ? self
            : throw PyErrors.TypeError($"descriptor '{name}' for '{type.Name}' objects doesn't apply to a '{(args.Count > 0 ? TypeNames.Of(args[0]) : "NoneType")}' object");

    private static Value Fold(PySet target, Value[] others, Action<PySet, Value> step)
    {
        foreach (var other in others)
        {
            step(target, other);
        }

        return Value.FromObject(target);
    }

    private static Value Done(Action action)
    {
        action();
        return Value.None;
    }

    private static bool IsSuperset(PySet self, Value other)
    {
        if (other.Ref is PySet otherSet)
        {
            return SetAlgebra.IsSubset(otherSet, self);
        }

        var iterator = Iteration.GetIterator(other);
        while (iterator.TryNext(out var item))
        {
            if (!self.Contains(item))
            {
                return false;
            }
        }

        return true;
    }
}
