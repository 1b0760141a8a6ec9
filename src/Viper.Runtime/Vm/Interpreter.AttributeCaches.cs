using System.Runtime.CompilerServices;
using Viper.Bytecode.Code;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// The inline caches of LOAD_ATTR, STORE_ATTR and CALL_METHOD, shared by the VM and compiled code.
/// On an instance of a class written in Python a cache is keyed on the instance's
/// <see cref="InstanceLayout"/> and its class's version: the layout says where each of the
/// instance's own attributes sits and, by what it lacks, that none hides a class attribute; the
/// version says the class's attributes (properties, <c>__getattribute__</c>, methods) are as found.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>Inline cache <see cref="InlineCache.Index"/> for a class attribute that is a plain value.</summary>
    private const int ClassValueEntry = -1;

    /// <summary>Inline cache <see cref="InlineCache.Index"/> for a method read (not called) through an instance.</summary>
    private const int MethodEntry = -2;

    /// <summary>LOAD_ATTR's fastest hit: an instance attribute at its cached position, inlined into the VM loop and compiled code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryLoadCachedInstanceValue(ref InlineCache cache, Value owner, out Value value)
    {
        if (ExactType.Is(owner.Ref, out PyInstance? instance) && ReferenceEquals(instance.Layout, cache.Owner) && instance.Type.Version == cache.Version
            && cache.Index >= 0)
        {
            value = instance.Values[cache.Index];
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// STORE_ATTR's cache hit: overwriting an instance attribute at its cached position, or adding
    /// the name the cache says moves the instance to its next layout (every store in an
    /// <c>__init__</c>), without the non-inlined slow path either way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryStoreCachedInstanceValue(ref InlineCache cache, Value owner, Value value)
    {
        if (ExactType.Is(owner.Ref, out PyInstance? instance) && ReferenceEquals(instance.Layout, cache.Owner) && instance.Type.Version == cache.Version)
        {
            if (cache.Target is null)
            {
                // Overwriting a float with a float (or an int with an int) leaves the reference as it
                // is: no GC write barrier on the common store.
                Value.Store(ref instance.Values[cache.Index], value);
            }
            else
            {
                instance.Add(Unsafe.As<InstanceLayout>(cache.Target), value);
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// LOAD_ATTR's slow path in the dispatch loop, through the instruction's inline cache. An
    /// attribute missing from an instance of a Python class (<c>try: obj.name except AttributeError:</c>,
    /// <c>hasattr</c>-style probing) is delivered as an AttributeError without a .NET throw: false
    /// means a handler took it and the loop resumes there.
    /// </summary>
    private bool TryLoadAttributeSlow(Frame frame, int ownerSlot, int nameIndex, int cacheIndex, int entryFrame, out Value result)
    {
        var owner = Bound(frame, ownerSlot);
        if (TryLoadAttribute(frame.State, frame.Code, owner, nameIndex, cacheIndex, out result))
        {
            return true;
        }

        RaiseInLoop(PyErrors.AttributeError(owner, frame.Code.Names[nameIndex]).Value, entryFrame);
        return false;
    }

    /// <summary>LOAD_ATTR through the code's inline cache, for the VM and compiled code alike.</summary>
    internal static Value LoadAttribute(CodeState state, CodeObject code, Value owner, int nameIndex, int cacheIndex) =>
        TryLoadAttribute(state, code, owner, nameIndex, cacheIndex, out var attribute)
            ? attribute
            : throw PyErrors.AttributeError(owner, code.Names[nameIndex]);

    /// <summary>
    /// LOAD_ATTR for compiled code: a miss on an instance of a Python class comes back as the
    /// pending-raise marker with the AttributeError parked (see <see cref="PendingRaise"/>), not thrown.
    /// </summary>
    internal Value LoadAttributeOrPark(CodeState state, CodeObject code, Value owner, int nameIndex, int cacheIndex) =>
        TryLoadAttribute(state, code, owner, nameIndex, cacheIndex, out var attribute)
            ? attribute
            : ParkRaise(PyErrors.AttributeError(owner, code.Names[nameIndex]));

    /// <summary>
    /// <see cref="LoadAttribute(CodeState, CodeObject, Value, int, int)"/> that answers false where an
    /// instance of a Python class lacks the attribute (see <see cref="InstanceAttributes.TryGet"/>),
    /// for the caller to raise the AttributeError; any other error is thrown.
    /// </summary>
    private static bool TryLoadAttribute(CodeState state, CodeObject code, Value owner, int nameIndex, int cacheIndex, out Value attribute)
    {
        ref var cache = ref state.Caches[cacheIndex];
        if (owner.Ref is PyInstance instance)
        {
            // A polymorphic site refills the cache for this receiver's layout and answers from it.
            if ((ReferenceEquals(instance.Layout, cache.Owner) && instance.Type.Version == cache.Version)
                || (cache.Seen is { } seen && seen.TryRestore(ref cache, instance.Layout, instance.Type.Version))
                || FillLoadCache(ref cache, instance, code.Names[nameIndex]))
            {
                attribute = cache.Index >= 0 ? instance.Values[cache.Index]
                    : cache.Index == ClassValueEntry ? cache.Value
                    : Value.FromObject(new PyBoundMethod(cache.Value, owner));
                return true;
            }
        }

        else if (owner.Ref is PyModule module && TryGetModuleMember(ref cache, module, code.Names[nameIndex], out attribute))
        {
            return true;
        }

        if (owner.Ref is PyObject { Type.IsBuiltin: false } and not PyType or PyBaseException)
        {
            return InstanceAttributes.TryGet(owner, code.Names[nameIndex], out attribute);
        }

        attribute = Attributes.Get(owner, code.Names[nameIndex]);
        return true;
    }

    /// <summary>
    /// A name in a module's dict (<c>math.sqrt</c>) through the site's cache, which keeps the
    /// name's position while the dict's keys are unchanged, as LOAD_GLOBAL's does: the value is
    /// read afresh each time, so rebinding the module's attribute is seen. False when the module
    /// has no such name (the generic lookup raises or finds <c>__name__</c>).
    /// </summary>
    private static bool TryGetModuleMember(ref InlineCache cache, PyModule module, string name, out Value member)
    {
        var dict = module.Dict;
        if (!ReferenceEquals(cache.Owner, dict) || cache.Version != dict.KeysVersion)
        {
            var position = dict.FindString(name);
            if (position < 0)
            {
                member = default;
                return false;
            }

            cache.Owner = dict;
            cache.Version = dict.KeysVersion;
            cache.Index = position;
            cache.Target = null;
        }

        member = dict.ValueAt(cache.Index);
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool FillLoadCache(ref InlineCache cache, PyInstance instance, string name)
    {
        var previous = cache;
        cache.Owner = null;
        var type = instance.Type;
        if (ReferenceEquals(instance.Layout, InstanceLayout.Detached) || SpecialMethods.TryFind(type, "__getattribute__", out _))
        {
            return false;
        }

        var hasClassAttribute = type.TryLookup(name, out var classAttribute);
        if (hasClassAttribute && InstanceAttributes.IsDataDescriptor(classAttribute))
        {
            return false;
        }

        var position = instance.Layout.IndexOf(name);
        if (position >= 0)
        {
            cache.Index = position;
        }
        else if (hasClassAttribute && (classAttribute.Ref is PyFunction || InstanceAttributes.IsPlainValue(classAttribute)))
        {
            cache.Index = classAttribute.Ref is PyFunction ? MethodEntry : ClassValueEntry;
            cache.Value = classAttribute;
        }
        else
        {
            return false;
        }

        cache.Owner = instance.Layout;
        cache.Version = type.Version;
        PolymorphicCache.RememberFill(ref cache, previous);
        return true;
    }

    /// <summary>
    /// <c>obj.name = value</c> through the inline cache: an existing instance attribute is overwritten
    /// at its cached position; a new one is appended, moving the instance to the cached next layout,
    /// when the class was found to have no <c>__setattr__</c>, data descriptor or slots in the way.
    /// </summary>
    private void StoreAttribute(Frame frame, int ownerSlot, int nameIndex, int valueSlot, int cacheIndex) =>
        StoreAttribute(frame.State, frame.Code, Bound(frame, ownerSlot), nameIndex, Bound(frame, valueSlot), cacheIndex);

    /// <summary>STORE_ATTR through the code's inline cache, for the VM and compiled code alike.</summary>
    internal static void StoreAttribute(CodeState state, CodeObject code, Value owner, int nameIndex, Value value, int cacheIndex)
    {
        ref var cache = ref state.Caches[cacheIndex];
        var instance = owner.Ref as PyInstance;
        if (instance is not null && ((ReferenceEquals(instance.Layout, cache.Owner) && instance.Type.Version == cache.Version)
            || (cache.Seen is { } seen && seen.TryRestore(ref cache, instance.Layout, instance.Type.Version))))
        {
            if (cache.Target is InstanceLayout grown)
            {
                instance.Add(grown, value);
            }
            else
            {
                Value.Store(ref instance.Values[cache.Index], value);
            }

            return;
        }

        var name = code.Names[nameIndex];
        var layoutBefore = instance?.Layout;
        Attributes.Set(owner, name, value);
        if (instance is not null)
        {
            FillStoreCache(ref cache, instance, layoutBefore!, name);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FillStoreCache(ref InlineCache cache, PyInstance instance, InstanceLayout layoutBefore, string name)
    {
        var previous = cache;
        cache.Owner = null;
        var type = instance.Type;
        var layout = instance.Layout;
        if (ReferenceEquals(layout, InstanceLayout.Detached) || SpecialMethods.TryFind(type, "__setattr__", out _) || type.SlotNames is not null
            || (type.TryLookup(name, out var classAttribute) && InstanceAttributes.IsDataDescriptor(classAttribute)))
        {
            return;
        }

        var position = layout.IndexOf(name);
        if (ReferenceEquals(layout, layoutBefore))
        {
            cache.Owner = layout;
            cache.Target = null;
        }
        else if (layout.Count == layoutBefore.Count + 1 && position == layoutBefore.Count && ReferenceEquals(layout.Type, layoutBefore.Type))
        {
            // The store added the name: the next instance in the same layout moves to the same child.
            cache.Owner = layoutBefore;
            cache.Target = layout;
        }
        else
        {
            return;
        }

        cache.Index = position;
        cache.Version = type.Version;
        PolymorphicCache.RememberFill(ref cache, previous);
    }

    /// <summary>
    /// CALL_METHOD's hit, to call with the receiver first: on an instance of a class written in
    /// Python, the class's method for the instance's layout; on any other object (a list, a set,
    /// an instance of a subclass of a builtin type), the method its type had when the cache was
    /// filled, while no instance of the type can hide it (the fill in <see cref="LookupMethod(CodeState, CodeObject, Value, int, int, out bool)"/>
    /// keys such a receiver on its type only then, and never a module, class or super object).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryGetCachedMethod(ref InlineCache cache, Value receiver, out Value method)
    {
        if (ExactType.Is(receiver.Ref, out PyInstance? instance))
        {
            if (ReferenceEquals(instance.Layout, cache.Owner) && instance.Type.Version == cache.Version)
            {
                method = cache.Value;
                return true;
            }

            // A polymorphic site's other entries are searched here, not after a call into the lookup.
            if (cache.Seen is { } seen && seen.TryRestore(ref cache, instance.Layout, instance.Type.Version))
            {
                method = cache.Value;
                return true;
            }
        }
        else if (receiver.Ref is { } reference && !ExactType.Is<InlineTag>(reference))
        {
            // A value's reference is a PyObject whenever it is neither null nor an inline tag, so
            // Unsafe.As stands for `is PyObject`, which (PyObject being abstract) calls .NET's cast
            // helper on every list.append and set.add; the tag is tested by exact type for the
            // precompiled dispatch loop (see ExactType).
            var type = Unsafe.As<PyObject>(reference).Type;
            if (ReferenceEquals(type, cache.Owner) && type.Version == cache.Version && !type.InstancesMayShadow)
            {
                method = cache.Value;
                return true;
            }
        }

        method = default;
        return false;
    }

    /// <summary>
    /// The instance attributes a LOAD_ATTR site's cache holds, each with the layout (which says
    /// where the attribute sits) and class version (no property or <c>__getattribute__</c> in the
    /// way) it stays valid for, in the order of <see cref="CurrentInstanceEntries"/>.
    /// </summary>
    internal static List<CachedInstanceValue> CachedInstanceValues(CodeState state, int cacheIndex) =>
        SelectInstanceEntries(state, cacheIndex, static (layout, entry) =>
            entry.Index >= 0 && entry.Index < layout.Count ? new CachedInstanceValue(layout, entry.Version, entry.Index) : null);

    /// <summary>
    /// The Python methods a CALL_METHOD site's cache holds, for instances of classes written in
    /// Python, each with the layout and class version it stays valid for, in the order of
    /// <see cref="CurrentInstanceEntries"/>.
    /// </summary>
    internal static List<CachedPythonMethod> CachedPythonMethods(CodeState state, int cacheIndex) =>
        SelectInstanceEntries(state, cacheIndex, static (layout, entry) =>
            entry.Value.Ref is PyFunction method ? new CachedPythonMethod(layout, entry.Version, method) : null);

    private static List<T> SelectInstanceEntries<T>(CodeState state, int cacheIndex, Func<InstanceLayout, InlineCache, T?> select)
        where T : class
    {
        var count = CurrentInstanceEntries(state, cacheIndex, out var entries);
        var selected = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            if (select((InstanceLayout)entries[i].Owner!, entries[i]) is { } item)
            {
                selected.Add(item);
            }
        }

        return selected;
    }

    /// <summary>
    /// A site's cache entries for instances of classes written in Python, the first
    /// <paramref name="entries"/> of the count returned: its own entry first, then the others a
    /// polymorphic site remembers, one per layout; entries a class change has since made stale are
    /// left out. An array and loops rather than a list of tuples: framework generic code over a
    /// struct is JIT-compiled at its first use in every process, and this runs at each compile.
    /// </summary>
    private static int CurrentInstanceEntries(CodeState state, int cacheIndex, out InlineCache[] entries)
    {
        ref var cache = ref state.Caches[cacheIndex];
        var others = cache.Seen is { } seen ? seen.Entries : default;
        var found = new InlineCache[1 + others.Length];
        var count = 0;
        Add(cache);
        foreach (var entry in others)
        {
            Add(entry);
        }

        entries = found;
        return count;

        void Add(in InlineCache entry)
        {
            if (entry.Owner is not InstanceLayout layout || ReferenceEquals(layout, InstanceLayout.Detached) || layout.Type.Version != entry.Version)
            {
                return;
            }

            for (var i = 0; i < count; i++)
            {
                if (ReferenceEquals(found[i].Owner, layout))
                {
                    return;
                }
            }

            found[count++] = entry;
        }
    }

    /// <summary>
    /// Resolves <c>receiver.name</c> for a call without making a bound method. A builtin method is
    /// returned unbound (<paramref name="includesReceiver"/>), so the receiver's slot becomes its
    /// first argument; anything else is returned ready to call with the remaining arguments.
    /// </summary>
    private Value LookupMethod(Frame frame, Value receiver, int nameIndex, int cacheIndex, out bool includesReceiver) =>
        LookupMethod(frame.State, frame.Code, receiver, nameIndex, cacheIndex, out includesReceiver);

    internal static Value LookupMethod(CodeState state, CodeObject code, Value receiver, int nameIndex, int cacheIndex, out bool includesReceiver)
    {
        if (receiver.Ref is null)
        {
            throw new InvalidOperationException("Method receiver slot is unbound.");
        }

        ref var cache = ref state.Caches[cacheIndex];
        if (receiver.Ref is PyModule module && TryGetModuleMember(ref cache, module, code.Names[nameIndex], out var member))
        {
            includesReceiver = false;
            return member;
        }

        var type = receiver.Type;
        var instance = receiver.Ref as PyInstance;
        if (cache.Version == type.Version
            && (instance is not null
                ? ReferenceEquals(cache.Owner, instance.Layout)
                : ReferenceEquals(cache.Owner, type) && receiver.Ref is not PyModule && !type.InstancesMayShadow))
        {
            includesReceiver = true;
            return cache.Value;
        }

        if (instance is not null && cache.Seen is { } seen && seen.TryRestore(ref cache, instance.Layout, type.Version))
        {
            includesReceiver = true;
            return cache.Value;
        }

        var name = code.Names[nameIndex];
        if (receiver.Ref is not (PyModule or PyType or PySuper) && type.TryLookup(name, out var method) && method.Ref is PyBuiltinFunction { IsMethod: true } or PyFunction
            && (type.IsBuiltin || IsPlainMethodCall(receiver, type, name)))
        {
            // An instance's layout tells it holds no attribute of the name; other receivers rely on the class's word for it.
            object? owner = instance is not null
                ? ReferenceEquals(instance.Layout, InstanceLayout.Detached) ? null : instance.Layout
                : type.InstancesMayShadow ? null : type;
            var previous = cache;
            cache.Owner = owner;
            if (owner is not null)
            {
                cache.Version = type.Version;
                cache.Value = method;
                if (instance is not null)
                {
                    PolymorphicCache.RememberFill(ref cache, previous);
                }
            }

            includesReceiver = true;
            return method;
        }

        includesReceiver = false;
        return Attributes.Get(receiver, name);
    }

    private void DeleteAttribute(Frame frame, int ownerSlot, int nameIndex) =>
        Attributes.Delete(Bound(frame, ownerSlot), frame.Code.Names[nameIndex]);

    /// <summary>True when <c>receiver.name(...)</c> finds the class's method: no <c>__getattribute__</c> and no instance attribute of that name.</summary>
    private static bool IsPlainMethodCall(Value receiver, PyType type, string name) =>
        !SpecialMethods.TryFind(type, "__getattribute__", out _) && !InstanceAttributes.HasOwn(receiver, name);
}
