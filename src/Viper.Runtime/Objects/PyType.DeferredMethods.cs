using System.Runtime.CompilerServices;

namespace Viper.Runtime.Objects;

/// <summary>
/// A builtin type's methods go into its namespace on the first look at that type's own namespace
/// (or a subclass's, whose lookups walk it), not at start-up: creating a builtin method object binds
/// its delegate's ReadyToRun code, and a script that uses a few list and str methods should not pay
/// for all thousand of them. Each type keeps its installers in the order they were registered, which
/// is its namespace's order. The types are shared by every runtime in the process, so installation
/// runs under a lock, and a thread looking while another installs waits for it.
/// </summary>
public sealed partial class PyType
{
    private static readonly Lock DeferredMethodsLock = new();

    /// <summary>The type whose installers the thread holding the lock is running: the only type they may write.</summary>
    private static PyType? _installingMethodsOf;

    /// <summary>This type's installers not yet run, in registration order; null once there are none.</summary>
    private volatile List<Action<PyType>>? _deferredMethods;

    /// <summary>Set while this type's installers run, so their own writes to its namespace don't start them again.</summary>
    private bool _installingMethods;

    /// <summary>Registers an installer of this type's methods, run (given this type) when its namespace is first read or written.</summary>
    internal void DeferMethods(Action<PyType> install)
    {
        lock (DeferredMethodsLock)
        {
            (_deferredMethods ??= []).Add(install);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnsureMethods()
    {
        if (_deferredMethods is not null)
        {
            InstallDeferredMethods();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void InstallDeferredMethods()
    {
        lock (DeferredMethodsLock)
        {
            if (_deferredMethods is not { } installers || _installingMethods)
            {
                return;
            }

            var outer = _installingMethodsOf;
            _installingMethods = true;
            _installingMethodsOf = this;
            try
            {
                foreach (var install in installers)
                {
                    install(this);
                }
            }
            finally
            {
                _installingMethods = false;
                _installingMethodsOf = outer;
            }

            _deferredMethods = null;
        }
    }

    /// <summary>
    /// Refuses an installer's write to another type than its own, which would put that
    /// type's entries out of their registration order (and install them before it is looked at).
    /// </summary>
    private void CheckWriteDuringInstallation()
    {
        if (_installingMethodsOf is { } installing && installing != this && DeferredMethodsLock.IsHeldByCurrentThread)
        {
            throw new InvalidOperationException($"an installer of {installing.Name}'s methods wrote to {Name}'s namespace");
        }
    }
}
