namespace MarketingSaaS.Modules;

/// <summary>
/// An optional module's switch: Name is its feature, e.g. "Modules.Events". Requires: the switches that must be on
/// before this one can be (and that cannot be switched off while this one is on); WorksWith: modules it uses when on.
/// </summary>
public sealed record ModuleDto(string Name, string DisplayName, bool IsEnabled, IReadOnlyList<string> Requires, IReadOnlyList<string> WorksWith);
