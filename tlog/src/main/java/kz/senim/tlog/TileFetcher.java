package kz.senim.tlog;

/** Fetches a tile's bytes, for example {@code GET <prefix>/<tile.path()>}. */
@FunctionalInterface
public interface TileFetcher {

    byte[] fetch(TileId tile);
}
