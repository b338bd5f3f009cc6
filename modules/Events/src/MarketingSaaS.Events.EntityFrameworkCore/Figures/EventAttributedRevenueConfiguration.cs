using MarketingSaaS.Events.Figures;
using MarketingSaaS.Events.MarketingEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.Figures;

internal sealed class EventAttributedRevenueConfiguration : IEntityTypeConfiguration<EventAttributedRevenue>
{
    public void Configure(EntityTypeBuilder<EventAttributedRevenue> builder)
    {
        builder.ToTable("EventAttributedRevenues");
        builder.Property(r => r.Amount).HasPrecision(MarketingEventConsts.AmountPrecision, MarketingEventConsts.AmountScale);
        builder.Property(r => r.Currency).HasMaxLength(MarketingEventConsts.CurrencyLength).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(MarketingEventConsts.MaxTextLength);
        builder.HasIndex(r => new { r.TenantId, r.MarketingEventId }).IsUnique();
        builder.HasOne<MarketingEvent>().WithMany().HasForeignKey(r => r.MarketingEventId).OnDelete(DeleteBehavior.Restrict);
    }
}
