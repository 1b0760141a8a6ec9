using Viper.Runtime.Objects;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Operations;

/// <summary>
/// Checks a consuming builtin's arguments (raising its errors) and makes the consumer for the call;
/// <paramref name="iterable"/> is what it consumes, or unbound when the items are the positional
/// arguments themselves (<c>max(a, b)</c>).
/// </summary>
public delegate ItemConsumer ConsumerFactory(Interpreter vm, CallArgs args, out Value iterable);

/// <summary>
/// The part of a builtin that takes an iterable's items one at a time (<c>sum</c>, <c>any</c>,
/// <c>list()</c>, <c>str.join</c>, ...), its arguments already checked. The builtin drains an
/// iterator into it; the VM, when the iterable is a generator, resumes the generator in its own
/// dispatch loop and hands it each yielded item instead, so an item costs a frame switch rather
/// than a nested run of the interpreter. Either way it runs between the generator's steps, with the
/// generator suspended, as the builtin does in CPython.
/// </summary>
public abstract class ItemConsumer
{
    /// <summary>Takes the next item; false once the result is settled and no more items are wanted.</summary>
    public abstract bool Accept(Value item);

    /// <summary>
    /// Takes the item when that runs no Python code and cannot raise (adding two small ints,
    /// appending to a list), with <paramref name="more"/> as <see cref="Accept"/> would return it;
    /// false leaves the item to <see cref="Accept"/>. The VM then needs no frame switch at all: the
    /// generator goes on from its yield as if nothing had left its frame.
    /// </summary>
    public virtual bool TryAcceptQuietly(Value item, out bool more)
    {
        more = true;
        return false;
    }

    /// <summary>The builtin's result, after the items ran out or <see cref="Accept"/> returned false.</summary>
    public abstract Value Finish();

    public Value Drain(PyIterator iterator)
    {
        if (iterator is PyGenerator generator)
        {
            return generator.Interpreter.DrainGenerator(generator, this);
        }

        while (iterator.TryNext(out var item))
        {
            if (!Accept(item))
            {
                break;
            }
        }

        return Finish();
    }
}
