package net.wastenet.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as the API answers it: {@code {items, total}}. */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), total);
    }
}
