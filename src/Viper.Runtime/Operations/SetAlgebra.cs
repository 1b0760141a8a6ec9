using Viper.Frontend.Ast;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>
/// Union, intersection, difference and symmetric difference of sets, and the subset tests. Each
/// follows CPython's algorithm step for step (which operand it walks, which it copies, when it
/// presizes), because that decides the resulting table and so the order the result iterates in.
/// </summary>
public static class SetAlgebra
{
    public static PySet New(PyType type, Value iterable)
    {
        var set = new PySet(type);
        if (iterable.IsBound)
        {
            Update(set, iterable);
        }

        return set;
    }

    /// <summary>
    /// A set display of constants as CPython 3.11 builds it: the compiler folds the items into a
    /// frozenset, the code object's constant merging rebuilds that frozenset from its own
    /// iteration order, and the display copies the result. Each step can reorder the table.
    /// </summary>
    public static PySet FromConstantDisplay(Value items)
    {
        var folded = New(PyType.FrozenSet, items);
        var merged = New(PyType.FrozenSet, Value.FromObject(PyTuple.Of(folded.KeysToArray())));
        return Copy(merged, PyType.Set);
    }

    public static PySet Copy(PySet set, PyType? type = null)
    {
        var copy = new PySet(type ?? set.BaseType);
        copy.Merge(set);
        return copy;
    }

    /// <summary><c>set.update(other)</c> and <c>|=</c>.</summary>
    public static void Update(PySet set, Value other)
    {
        switch (other.Ref)
        {
            case PySet source:
                set.Merge(source);
                break;
            case PyDict dict:
                set.ReserveForDict(dict.Count);
                foreach (var entry in dict.RawEntries)
                {
                    if (entry.Key.IsBound)
                    {
                        set.Add(entry.Key, entry.Hash);
                    }
                }

                break;
            case PyList list when list.Type.IsBuiltin:
                // By position each time, as the list's iterator reads: a key's __hash__ or __eq__ may change the list meanwhile.
                for (var i = 0; i < list.Count; i++)
                {
                    set.Add(list[i]);
                }

                break;
            case PyTuple tuple when tuple.Type.IsBuiltin:
                foreach (var item in tuple.Items)
                {
                    set.Add(item);
                }

                break;
            default:
                var iterator = Iteration.GetIterator(other);
                while (iterator.TryNext(out var item))
                {
                    set.Add(item);
                }

                break;
        }
    }


    public static PySet Union(PySet set, Value other)
    {
        var result = Copy(set);
        Update(result, other);
        return result;
    }

    public static PySet Intersection(PySet set, Value other)
    {
        var result = new PySet(set.BaseType);
        if (other.Ref is PySet otherSet)
        {
            var (walked, probed) = otherSet.Count > set.Count ? (set, otherSet) : (otherSet, set);
            foreach (var (key, hash) in walked.Entries())
            {
                if (probed.Contains(key, hash))
                {
                    result.Add(key, hash);
                }
            }

            return result;
        }

        var iterator = Iteration.GetIterator(other);
        while (iterator.TryNext(out var item))
        {
            var hash = Hashing.Hash(item);
            if (set.Contains(item, hash))
            {
                result.Add(item, hash);
            }
        }

        return result;
    }

    public static void IntersectionUpdate(PySet set, Value other) => set.TakeContents(Intersection(set, other));

    public static PySet Difference(PySet set, Value other)
    {
        var otherSize = other.Ref switch { PySet s => s.Count, PyDict d => d.Count, _ => -1 };
        if (otherSize < 0 || (set.Count >> 2) > otherSize)
        {
            var copy = Copy(set);
            DifferenceUpdate(copy, other);
            return copy;
        }

        var result = new PySet(set.BaseType);
        foreach (var (key, hash) in set.Entries())
        {
            var present = other.Ref is PySet otherSet ? otherSet.Contains(key, hash) : ((PyDict)other.Ref!).Find(key, hash) >= 0;
            if (!present)
            {
                result.Add(key, hash);
            }
        }

        return result;
    }

    public static void DifferenceUpdate(PySet set, Value other)
    {
        if (ReferenceEquals(other.Ref, set))
        {
            set.Clear();
            return;
        }

        if (other.Ref is PySet otherSet)
        {
            // Walking a much bigger set costs more than intersecting first, as CPython reasons.
            var walked = (otherSet.Count >> 3) > set.Count ? Intersection(set, other) : otherSet;
            foreach (var (key, hash) in walked.Entries())
            {
                set.Discard(key, hash);
            }
        }
        else
        {
            var iterator = Iteration.GetIterator(other);
            while (iterator.TryNext(out var item))
            {
                set.Discard(item);
            }
        }

        set.CompactIfSparse();
    }

    public static PySet SymmetricDifference(PySet set, Value other)
    {
        var result = New(set.BaseType, other);
        SymmetricDifferenceUpdate(result, Value.FromObject(set));
        return result;
    }

    public static void SymmetricDifferenceUpdate(PySet set, Value other)
    {
        if (ReferenceEquals(other.Ref, set))
        {
            set.Clear();
            return;
        }

        if (other.Ref is PyDict dict)
        {
            foreach (var entry in dict.RawEntries)
            {
                if (entry.Key.IsBound)
                {
                    Toggle(set, entry.Key, entry.Hash);
                }
            }

            return;
        }

        foreach (var (key, hash) in (other.Ref as PySet ?? New(set.BaseType, other)).Entries())
        {
            Toggle(set, key, hash);
        }
    }

    private static void Toggle(PySet set, Value key, long hash)
    {
        if (!set.Discard(key, hash))
        {
            set.Add(key, hash);
        }
    }

    public static bool IsSubset(PySet set, PySet other)
    {
        if (set.Count > other.Count)
        {
            return false;
        }

        foreach (var (key, hash) in set.Entries())
        {
            if (!other.Contains(key, hash))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsDisjoint(PySet set, Value other)
    {
        if (other.Ref is PySet otherSet)
        {
            var (walked, probed) = set.Count <= otherSet.Count ? (set, otherSet) : (otherSet, set);
            foreach (var (key, hash) in walked.Entries())
            {
                if (probed.Contains(key, hash))
                {
                    return false;
                }
            }

            return true;
        }

        var iterator = Iteration.GetIterator(other);
        while (iterator.TryNext(out var item))
        {
            if (set.Contains(item))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>| &amp; - ^</c> and their in-place forms on two sets; null for other operators. In place, a
    /// set changes itself; a frozenset, immutable, gets a new result as the plain operator gives.
    /// </summary>
    public static Value? Operator(BinaryOperator op, PySet x, PySet y, bool inplace)
    {
        var other = Value.FromObject(y);
        if (inplace && !x.IsFrozen)
        {
            Action<PySet, Value>? update = op switch
            {
                BinaryOperator.BitOr => Update,
                BinaryOperator.BitAnd => IntersectionUpdate,
                BinaryOperator.Sub => DifferenceUpdate,
                BinaryOperator.BitXor => SymmetricDifferenceUpdate,
                _ => null,
            };
            if (update is null)
            {
                return null;
            }

            update(x, other);
            return Value.FromObject(x);
        }

        PySet? result = op switch
        {
            BinaryOperator.BitOr => Union(x, other),
            BinaryOperator.BitAnd => Intersection(x, other),
            BinaryOperator.Sub => Difference(x, other),
            BinaryOperator.BitXor => SymmetricDifference(x, other),
            _ => null,
        };
        return result is null ? null : Value.FromObject(result);
    }

    /// <summary>A set argument of a method that takes any iterable (<c>issubset</c>).</summary>
    public static PySet ToSet(Value value) => value.Ref as PySet ?? New(PyType.Set, value);

}
