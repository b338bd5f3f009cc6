using MarketingSaaS.Dtos;

namespace MarketingSaaS.Identity;

/// <summary>The filter searches user name, name and e-mail; the list is ordered by user name.</summary>
public sealed class GetUserListInput : PagedInput;
