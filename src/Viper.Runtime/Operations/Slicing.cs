using System.Text;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary><c>seq[a:b:c]</c>, <c>lst[a:b:c] = items</c> and <c>del lst[a:b:c]</c>.</summary>
public static class Slicing
{
    public static Value Get(Value container, PySlice slice)
    {
        switch (container.Ref)
        {
            case PyList list:
                return Value.FromObject(PyList.Adopt(Select(list.Items, slice)));
            case PyTuple tuple:
                {
                    var (start, step, count) = slice.Resolve(tuple.Count);
                    // Only an exact tuple is its own whole slice: a subclass's slice is a plain tuple.
                    return count == tuple.Count && step == 1 && ReferenceEquals(tuple.Type, PyType.Tuple)
                        ? container
                        : Value.FromObject(PyTuple.Of(Select(tuple.Items, slice)));
                }

            case PyStr s:
                return Value.FromObject(Substring(s, slice));
            case PyBytes or PyByteArray:
                {
                    var bytes = BytesLike.Require(container);
                    var (start, step, count) = slice.Resolve(bytes.Length);
                    var result = new byte[count];
                    for (var i = 0; i < count; i++)
                    {
                        result[i] = bytes[(int)(start + (i * step))];
                    }

                    return BytesLike.Make(container, result);
                }

            case PyRange range:
                {
                    if (range.Length > long.MaxValue)
                    {
                        throw PyErrors.Overflow("Python int too large to convert to C ssize_t");
                    }

                    var (start, stop, step, _) = slice.Indices((long)range.Length);
                    return Value.FromObject(new PyRange(range.ItemAt(start), range.ItemAt(stop), step * range.Step));
                }

            default:
                throw PyErrors.TypeError($"'{TypeNames.Of(container)}' object is not subscriptable");
        }
    }

    /// <summary>
    /// <c>container[start:stop]</c> of an exact list or tuple with small int or absent bounds and
    /// no step, from the parts of the slice without making it; false, with nothing done, for
    /// anything else.
    /// </summary>
    public static bool TryGetUnitStep(Value container, Value start, Value stop, Value step, out Value items)
    {
        if (step.IsNone && (start.IsNone || start.IsInt) && (stop.IsNone || stop.IsInt))
        {
            switch (container.Ref)
            {
                case PyList list when ReferenceEquals(list.Type, PyType.List):
                    {
                        var (first, count) = UnitStepBounds(list.Count, start, stop);
                        items = Value.FromObject(PyList.Adopt(list.CopyRange(first, count)));
                        return true;
                    }

                case PyTuple tuple when ReferenceEquals(tuple.Type, PyType.Tuple):
                    {
                        var (first, count) = UnitStepBounds(tuple.Count, start, stop);
                        if (count == tuple.Count)
                        {
                            items = container;
                            return true;
                        }

                        var copy = new Value[count];
                        Array.Copy(tuple.Items, first, copy, 0, count);
                        items = Value.FromObject(PyTuple.Of(copy));
                        return true;
                    }
            }
        }

        items = default;
        return false;
    }

    /// <summary>The first index and the count of <c>[start:stop]</c> over <paramref name="length"/> items, clamped as CPython clamps them.</summary>
    private static (int First, int Count) UnitStepBounds(int length, Value start, Value stop)
    {
        var first = start.IsNone ? 0 : ClampIndex(start.AsInt, length);
        var end = stop.IsNone ? length : ClampIndex(stop.AsInt, length);
        return (first, end > first ? end - first : 0);
    }

    private static int ClampIndex(long index, int length)
    {
        if (index < 0)
        {
            index += length;
            return index < 0 ? 0 : (int)index;
        }

        return index > length ? length : (int)index;
    }

    public static void Set(PyList list, PySlice slice, Value value)
    {
        if (Iteration.TryGetIterator(value) is null)
        {
            throw PyErrors.TypeError(slice.Step.IsNone ? "can only assign an iterable" : "must assign iterable to extended slice");
        }

        // A list assigned into itself is copied first, as CPython does.
        var items = Iteration.ToList(value).ToArray();
        var (start, step, count) = slice.Resolve(list.Count);
        if (step == 1)
        {
            var stop = (int)(start + count);
            var merged = new Value[list.Count - count + items.Length];
            list.Items[..(int)start].CopyTo(merged);
            items.CopyTo(merged, (int)start);
            list.Items[stop..].CopyTo(merged.AsSpan((int)start + items.Length));
            list.SetItems(merged);
            return;
        }

        if (items.Length != count)
        {
            throw PyErrors.ValueError($"attempt to assign sequence of size {items.Length} to extended slice of size {count}");
        }

        for (var i = 0; i < count; i++)
        {
            list[(int)(start + (i * step))] = items[i];
        }
    }

    public static void Delete(PyList list, PySlice slice)
    {
        var (start, step, count) = slice.Resolve(list.Count);
        if (count == 0)
        {
            return;
        }

        var removed = new bool[list.Count];
        for (var i = 0; i < count; i++)
        {
            removed[start + (i * step)] = true;
        }

        var kept = new Value[list.Count - count];
        var next = 0;
        for (var i = 0; i < list.Count; i++)
        {
            if (!removed[i])
            {
                kept[next++] = list[i];
            }
        }

        list.SetItems(kept);
    }

    private static Value[] Select(ReadOnlySpan<Value> items, PySlice slice)
    {
        var (start, step, count) = slice.Resolve(items.Length);
        if (step == 1)
        {
            return items.Slice((int)start, (int)count).ToArray();
        }

        var result = new Value[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = items[(int)(start + (i * step))];
        }

        return result;
    }

    private static PyStr Substring(PyStr s, PySlice slice)
    {
        var (start, step, count) = slice.Resolve(s.Length);
        if (count == s.Length && step == 1)
        {
            return s.Exact;
        }

        var text = s.Value;
        if (step == 1)
        {
            var from = s.Utf16Offset((int)start);
            return PyStr.Create(text[from..s.Utf16Offset((int)(start + count))]);
        }

        var result = new StringBuilder((int)count);
        for (var i = 0; i < count; i++)
        {
            var index = (int)(start + (i * step));
            var offset = s.Utf16Offset(index);
            result.Append(text, offset, s.Utf16Offset(index + 1) - offset);
        }

        return PyStr.Create(result.ToString());
    }
}
