using Viper.Runtime.Objects;

namespace Viper.Runtime.Vm;

/// <summary>A Python method a CALL_METHOD site's cache found for instances of <paramref name="Layout"/>, valid while the class is at <paramref name="Version"/>.</summary>
internal sealed record CachedPythonMethod(InstanceLayout Layout, int Version, PyFunction Method);
