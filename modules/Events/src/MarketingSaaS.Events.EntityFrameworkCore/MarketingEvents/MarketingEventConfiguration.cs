using MarketingSaaS.Events.MarketingEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.MarketingEvents;

internal sealed class MarketingEventConfiguration : IEntityTypeConfiguration<MarketingEvent>
{
    public void Configure(EntityTypeBuilder<MarketingEvent> builder)
    {
        builder.ToTable("MarketingEvents");
        builder.Property(e => e.Name).HasMaxLength(MarketingEventConsts.MaxNameLength).IsRequired();
        builder.Property(e => e.Goal).HasMaxLength(MarketingEventConsts.MaxTextLength);
        builder.Property(e => e.Theme).HasMaxLength(MarketingEventConsts.MaxThemeLength);
        builder.Property(e => e.TargetAudience).HasMaxLength(MarketingEventConsts.MaxTextLength);
        builder.Property(e => e.Description).HasMaxLength(MarketingEventConsts.MaxDescriptionLength);
        builder.Property(e => e.Place).HasMaxLength(MarketingEventConsts.MaxPlaceLength);
        builder.Property(e => e.OnlineLink).HasMaxLength(MarketingEventConsts.MaxOnlineLinkLength);
        builder.OwnsOne(e => e.ValueCanvas, canvas =>
        {
            canvas.Property(c => c.WhyCome).HasColumnName("ValueCanvasWhyCome").HasMaxLength(MarketingEventConsts.MaxTextLength);
            canvas.Property(c => c.TakeAway).HasColumnName("ValueCanvasTakeAway").HasMaxLength(MarketingEventConsts.MaxTextLength);
            canvas.Property(c => c.WillShare).HasColumnName("ValueCanvasWillShare").HasMaxLength(MarketingEventConsts.MaxTextLength);
        });
        builder.Navigation(e => e.ValueCanvas).IsRequired();
        builder.Ignore(e => e.TotalBudget);
        builder.Ignore(e => e.IsEditable);
        builder.HasIndex(e => new { e.TenantId, e.StartTime });
        builder.HasIndex(e => new { e.TenantId, e.Status });
        builder.HasMany(e => e.BudgetLines).WithOne().HasForeignKey(l => l.MarketingEventId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.BudgetLines).HasField("_budgetLines").AutoInclude();
    }
}
