using MarketingSaaS.Dtos;

namespace MarketingSaaS.Editions;

/// <summary><see cref="PagedInput.Filter"/> is found in the name.</summary>
public sealed class GetEditionListInput : PagedInput;
