using MarketingSaaS.Dtos;

namespace MarketingSaaS.__Module__.Items;

public sealed class Get__Module__ItemListInput : PagedInput;
