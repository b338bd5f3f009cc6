using MarketingSaaS.Framework.BlobStoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.EntityFrameworkCore.Blobs;

internal sealed class BlobContentChunkConfiguration : IEntityTypeConfiguration<BlobContentChunk>
{
    public void Configure(EntityTypeBuilder<BlobContentChunk> builder)
    {
        builder.ToTable("BlobContentChunks");
        builder.HasKey(c => new { c.Path, c.Index });
        builder.Property(c => c.Path).HasMaxLength(BlobStoringConsts.MaxPathLength);
        builder.Property(c => c.Data).IsRequired();
    }
}
