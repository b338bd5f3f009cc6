using MarketingSaaS.Events.MarketingEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.MarketingEvents;

internal sealed class EventBudgetLineConfiguration : IEntityTypeConfiguration<EventBudgetLine>
{
    public void Configure(EntityTypeBuilder<EventBudgetLine> builder)
    {
        builder.ToTable("EventBudgetLines");
        builder.Property(l => l.Category).HasMaxLength(MarketingEventConsts.MaxBudgetCategoryLength).IsRequired();
        builder.Property(l => l.Currency).HasMaxLength(MarketingEventConsts.CurrencyLength).IsRequired();
        builder.Property(l => l.Amount).HasPrecision(MarketingEventConsts.AmountPrecision, MarketingEventConsts.AmountScale);
    }
}
