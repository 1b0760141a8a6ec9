using Viper.Runtime.Objects;

namespace Viper.Runtime.Vm;

/// <summary>An instance attribute a LOAD_ATTR site's cache read: where it sits in <paramref name="Layout"/>, valid while the class is at <paramref name="Version"/>.</summary>
internal sealed record CachedInstanceValue(InstanceLayout Layout, int Version, int Index);
