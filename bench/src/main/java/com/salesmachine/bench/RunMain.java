package com.salesmachine.bench;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * Runs a harness's {@code main} and ends the JVM when it returns (0) or throws (1), whatever threads it left
 * running, as Maven's exec:java did when the scripts still went through it:
 * {@code java -cp ... com.salesmachine.bench.RunMain some.Main args...}.
 */
public final class RunMain {

    private RunMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: RunMain <main class> [arguments...]");
            System.exit(2);
        }
        int status = 0;
        try {
            Class.forName(args[0]).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            e.getCause().printStackTrace();
            status = 1;
        }
        System.out.flush();
        System.exit(status);
    }
}
