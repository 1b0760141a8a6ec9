using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The methods of set and frozenset (the algorithms are in <see cref="SetAlgebra"/>).</summary>
public static class SetMethods
{
    /// <summary>Installs the methods of <paramref name="type"/>, set or frozenset.</summary>
    public static void Install(PyType type)
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
        if (type != PyType.Set)
        {
            return;
        }

        // Statement lambdas with nothing nested: a lambda inside a body would capture the receiver
        // and the argument, a closure and a delegate allocated on every call.
        var set = type;
        Add(set, "add", 1, (self, argument) =>
        {
            self.Add(argument);
            return Value.None;
        });
        Add(set, "remove", 1, (self, argument) => self.DiscardMember(argument) ? Value.None : throw PyErrors.KeyError(argument));
        Add(set, "discard", 1, (self, argument) =>
        {
            self.DiscardMember(argument);
            return Value.None;
        });
        Add(set, "pop", 0, (self, argument) => self.Pop());
        Add(set, "clear", 0, (self, argument) =>
        {
            self.Clear();
            return Value.None;
        });
        AddVarArgs(set, "update", (self, others) =>
        {
            Fold(self, others, SetAlgebra.Update);
            return Value.None;
        });
        AddVarArgs(set, "intersection_update", (self, others) =>
        {
            foreach (var other in others)
            {
                SetAlgebra.IntersectionUpdate(self, other);
            }

            return Value.None;
        });
        AddVarArgs(set, "difference_update", (self, others) =>
        {
            Fold(self, others, SetAlgebra.DifferenceUpdate);
            return Value.None;
        });
        Add(set, "symmetric_difference_update", 1, (self, argument) =>
        {
            SetAlgebra.SymmetricDifferenceUpdate(self, argument);
            return Value.None;
        });
    }

    /// <summary>A method body; <paramref name="argument"/> is its one argument, or unbound for none.</summary>
    private delegate Value SetBody(PySet self, Value argument);

    /// <summary>
    /// Adds a method of no or one argument, with its fixed-arity body too (the receiver alone, or
    /// the receiver and the argument), which compiled code calls without an argument span.
    /// </summary>
    private static void Add(PyType type, string name, int argumentCount, SetBody body)
    {
        var qualifiedName = $"{type.Name}.{name}";
        BuiltinBody general = (vm, args) =>
        {
            if (argumentCount == 0)
            {
                ArgumentCheck.NoArguments(args, qualifiedName);
            }
            else
            {
                ArgumentCheck.OneArgument(args, qualifiedName);
            }

            return body(Self(args[0], type, name), argumentCount == 0 ? default : args[1]);
        };
        if (argumentCount == 0)
        {
            BuiltinMethods.AddFixedArity(type, name, general, receiverOnly: (vm, receiver) => body(Self(receiver, type, name), default));
        }
        else
        {
            BuiltinMethods.AddFixedArity(type, name, general, withOneArgument: (vm, receiver, argument) => body(Self(receiver, type, name), argument));
        }
    }

    private static void AddVarArgs(PyType type, string name, Func<PySet, Value[], Value> body) =>
        BuiltinMethods.Add(type, name, (vm, args) =>
        {
            ArgumentCheck.NoKeywords(args, $"{type.Name}.{name}");
            return body(Self(args[0], type, name), args.Positional[1..].ToArray());
        });

    /// <summary>The receiver, if it is an instance of <paramref name="type"/>: a frozenset is a PySet too, but no receiver of set's own methods.</summary>
    private static PySet Self(Value receiver, PyType type, string name) =>
        receiver.Ref is PySet self && (ReferenceEquals(self.Type, type) || self.Type.IsSubtypeOf(type))
            ? self
            : throw BuiltinMethods.NotApplicable(type, name, receiver);

    private static Value Fold(PySet target, Value[] others, Action<PySet, Value> step)
    {
        foreach (var other in others)
        {
            step(target, other);
        }

        return Value.FromObject(target);
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
