using MarketingSaaS.Dtos;

namespace MarketingSaaS.Membership.Items;

public sealed class GetMembershipItemListInput : PagedInput;
