using System.Runtime.CompilerServices;
using Viper.Bytecode.Code;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// What classes need from the VM: running a class body in its namespace, the names it binds there,
/// the caller's frame for zero-argument <c>super()</c>, and the inline caches of instance attributes.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>Inline cache <see cref="InlineCache.Index"/> for a class attribute that is a plain value.</summary>
    private const int ClassValueEntry = -1;

    /// <summary>Inline cache <see cref="InlineCache.Index"/> for a method read (not called) through an instance.</summary>
    private const int MethodEntry = -2;

    /// <summary>Inline cache <see cref="InlineCache.SecondaryVersion"/> when a store may add the name to the instance dict directly.</summary>
    private const int PlainStore = 1;

    /// <summary>Runs a class body (a function of no parameters) with <paramref name="namespaceDict"/> as its local namespace.</summary>
    internal void RunClassBody(PyFunction body, PyDict namespaceDict)
    {
        var argBase = StackTop();
        var frame = EnterFunction(body, argBase, 0, null, returnSlot: -1);
        frame.Locals = namespaceDict;
        Run(_frameCount - 1);
    }

    /// <summary>The Python function whose frame called the running builtin, and its first argument (for <c>super()</c>).</summary>
    internal (PyFunction? Function, Value FirstArgument) CallerFunctionAndFirstArgument()
    {
        if (_frameCount == 0)
        {
            return (null, default);
        }

        var frame = _frames[_frameCount - 1];
        var code = frame.Code;
        if (code.ArgCount == 0)
        {
            return (frame.Function, default);
        }

        // A first argument that a nested function captures lives in a cell.
        var first = _stack[frame.Base];
        return (frame.Function, code.CellNames.Contains(code.LocalNames[0]) ? ((PyCell)first.Ref!).Contents : first);
    }

    /// <summary>The globals of the running Python frame, if any.</summary>
    internal PyDict? CurrentGlobals => _frameCount == 0 ? null : _frames[_frameCount - 1].Globals;

    private Value LoadName(Frame frame, int nameIndex)
    {
        var name = frame.Code.Names[nameIndex];
        if ((frame.Locals?.TryGetValue(name, out var value) ?? false) || frame.Globals.TryGetValue(name, out value)
            || Runtime.Builtins.TryGetValue(name, out value))
        {
            return value;
        }

        throw PyErrors.NameError(name);
    }

    private void StoreName(Frame frame, int nameIndex, Value value) =>
        (frame.Locals ?? frame.Globals).SetItem(frame.Code.Names[nameIndex], value);

    private static void DeleteName(Frame frame, int nameIndex)
    {
        var name = frame.Code.Names[nameIndex];
        if (!(frame.Locals ?? frame.Globals).Remove(Value.FromString(name), out _))
        {
            throw PyErrors.NameError(name);
        }
    }

    /// <summary>
    /// <c>obj.name</c> through the instruction's inline cache: while the instance's class (and so
    /// its version) is the cached one, an instance attribute is read at its cached dict position
    /// and a class attribute straight from the cache.
    /// </summary>
    private Value LoadAttribute(Frame frame, int ownerSlot, int nameIndex, int cacheIndex) =>
        LoadAttribute(frame.State, frame.Code, Bound(frame, ownerSlot), nameIndex, cacheIndex);

    /// <summary>LOAD_ATTR through the code's inline cache, for the VM and compiled code alike.</summary>
    internal static Value LoadAttribute(CodeState state, CodeObject code, Value owner, int nameIndex, int cacheIndex)
    {
        ref var cache = ref state.Caches[cacheIndex];
        if (owner.Ref is PyInstance instance && ReferenceEquals(instance.Type, cache.Owner) && instance.Type.Version == cache.Version)
        {
            if (cache.Index >= 0)
            {
                if (instance.Dict.HasKeyAt(cache.Index, cache.Value.Ref!))
                {
                    return instance.Dict.ValueAt(cache.Index);
                }
            }
            else if (!instance.Type.InstancesMayShadow)
            {
                return cache.Index == ClassValueEntry ? cache.Value : Value.FromObject(new PyBoundMethod(cache.Value, owner));
            }
        }

        var name = code.Names[nameIndex];
        if (owner.Ref is PyInstance uncached)
        {
            // A polymorphic site refills the cache for this receiver's type and answers from it.
            FillLoadCache(ref cache, uncached, name);
            if (cache.Index >= 0 && ReferenceEquals(cache.Owner, uncached.Type))
            {
                return uncached.Dict.ValueAt(cache.Index);
            }
        }

        return Attributes.Get(owner, name);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FillLoadCache(ref InlineCache cache, PyInstance instance, string name)
    {
        cache.Owner = null;
        var type = instance.Type;
        if (SpecialMethods.TryFind(type, "__getattribute__", out _))
        {
            return;
        }

        var hasClassAttribute = type.TryLookup(name, out var classAttribute);
        if (hasClassAttribute && InstanceAttributes.IsDataDescriptor(classAttribute))
        {
            return;
        }

        var position = instance.Dict.FindString(name);
        if (position >= 0)
        {
            cache.Index = position;
            cache.Value = instance.Dict.KeyAt(position);
        }
        else if (hasClassAttribute && !type.InstancesMayShadow && (classAttribute.Ref is PyFunction || InstanceAttributes.IsPlainValue(classAttribute)))
        {
            cache.Index = classAttribute.Ref is PyFunction ? MethodEntry : ClassValueEntry;
            cache.Value = classAttribute;
        }
        else
        {
            return;
        }

        cache.Owner = type;
        cache.Version = type.Version;
    }

    /// <summary>
    /// <c>obj.name = value</c> through the inline cache: an existing instance attribute is overwritten
    /// at its cached dict position; a new one is added straight to the dict when the class was found
    /// to have no <c>__setattr__</c>, property, slots or class attribute in the way.
    /// </summary>
    private void StoreAttribute(Frame frame, int ownerSlot, int nameIndex, int valueSlot, int cacheIndex) =>
        StoreAttribute(frame.State, frame.Code, Bound(frame, ownerSlot), nameIndex, Bound(frame, valueSlot), cacheIndex);

    /// <summary>STORE_ATTR through the code's inline cache, for the VM and compiled code alike.</summary>
    internal static void StoreAttribute(CodeState state, CodeObject code, Value owner, int nameIndex, Value value, int cacheIndex)
    {
        ref var cache = ref state.Caches[cacheIndex];
        if (owner.Ref is PyInstance instance && ReferenceEquals(instance.Type, cache.Owner) && instance.Type.Version == cache.Version)
        {
            var dict = instance.Dict;
            if (dict.HasKeyAt(cache.Index, cache.Value.Ref!))
            {
                dict.ValueAt(cache.Index) = value;
                return;
            }

            if (cache.SecondaryVersion == PlainStore)
            {
                var key = (PyStr)cache.Value.Ref!;
                cache.Index = dict.SetItem(cache.Value, Hashing.OfString(key), value);
                instance.Type.NoteInstanceDictSize(dict.Count);
                return;
            }
        }

        var name = code.Names[nameIndex];
        Attributes.Set(owner, name, value);
        if (owner.Ref is PyInstance uncached)
        {
            FillStoreCache(ref cache, uncached, name);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FillStoreCache(ref InlineCache cache, PyInstance instance, string name)
    {
        cache.Owner = null;
        var type = instance.Type;
        if (SpecialMethods.TryFind(type, "__setattr__", out _) || type.SlotNames is not null)
        {
            return;
        }

        var hasClassAttribute = type.TryLookup(name, out var classAttribute);
        if (hasClassAttribute && InstanceAttributes.IsDataDescriptor(classAttribute))
        {
            return;
        }

        var position = instance.Dict.FindString(name);
        if (position < 0)
        {
            return;
        }

        cache.Owner = type;
        cache.Version = type.Version;
        cache.Index = position;
        cache.Value = instance.Dict.KeyAt(position);
        cache.SecondaryVersion = hasClassAttribute && !type.InstancesMayShadow ? 0 : PlainStore;
    }

    /// <summary>The pooled frame the next call will use, which both the inline call and <see cref="PushFrame"/> take.</summary>
    private Frame NextFrame()
    {
        if (_frameCount + 1 >= _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }

        return _frames[_frameCount] ??= new Frame();
    }

    /// <summary>The value of a class call whose <c>__init__</c> ran inline: the instance, once <c>__init__</c> returned None.</summary>
    private static Value InitResult(Frame initFrame, Value returned)
    {
        var instance = initFrame.InitInstance!;
        initFrame.InitInstance = null;
        return returned.IsNone
            ? Value.FromObject(instance)
            : throw PyErrors.TypeError($"__init__() should return None, not '{TypeNames.Of(returned)}'");
    }

    private void DeleteAttribute(Frame frame, int ownerSlot, int nameIndex) =>
        Attributes.Delete(Bound(frame, ownerSlot), frame.Code.Names[nameIndex]);

    /// <summary>True when <c>receiver.name(...)</c> finds the class's method: no <c>__getattribute__</c> and no instance attribute of that name.</summary>
    private static bool IsPlainMethodCall(Value receiver, PyType type, string name) =>
        !SpecialMethods.TryFind(type, "__getattribute__", out _)
        && (InstanceAttributes.ExistingDictOf(receiver) is not { } dict || dict.FindString(name) < 0);
}
